import { describe, expect, it } from 'vitest';
import { headingId, uniqueIds } from './heading-id.ts';

describe('headingId', () => {
  it('keeps letters of any script, drops punctuation, hyphenates spaces', () => {
    expect(headingId('What a collector may NOT do')).toBe('what-a-collector-may-not-do');
    expect(headingId('催收不能做什么？')).toBe('催收不能做什么');
    expect(headingId('１２３７８ 热线')).toBe('12378-热线');
    expect(headingId('？！')).toBe('section');
  });
});

describe('uniqueIds', () => {
  it('numbers repeats within one page', () => {
    const next = uniqueIds();
    expect([next('FAQ'), next('faq'), next('Other'), next('FAQ')]).toEqual(['faq', 'faq-2', 'other', 'faq-3']);
  });
});
