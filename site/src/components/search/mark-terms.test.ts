import { describe, expect, it } from 'vitest';
import { markTerms, queryTerms } from './mark-terms.ts';

const marked = (text: string, query: string) => markTerms(text, query).filter((run) => run.mark).map((run) => run.text);

describe('queryTerms', () => {
  it('cuts Chinese into adjacent pairs and keeps Latin words and numbers', () => {
    expect(queryTerms('催收上门')).toEqual(['催收', '收上', '上门']);
    expect(queryTerms('Home visit 12378')).toEqual(['home', 'visit', '12378']);
    expect(queryTerms('门')).toEqual(['门']);
  });
});

describe('markTerms', () => {
  it('marks every occurrence and merges overlaps', () => {
    expect(marked('催收说要上门，上门催收', '催收上门')).toEqual(['催收', '上门', '上门催收']);
  });

  it('marks a Traditional excerpt for a Simplified query and the reverse, at the right characters', () => {
    expect(marked('催收說要上門，不能進門', '上门')).toEqual(['上門']);
    expect(marked('催收说要上门', '上門')).toEqual(['上门']);
  });

  it('marks English case-insensitively, prefixes included', () => {
    expect(marked('Harassment by a Collector', 'harass collector')).toEqual(['Harass', 'Collector']);
  });

  it('keeps the text intact', () => {
    const text = '打给 Family 的电话 12378。';
    expect(markTerms(text, 'family 12378').map((run) => run.text).join('')).toBe(text);
    expect(markTerms(text, 'cuishou')).toEqual([{ text, mark: false }]);
    expect(markTerms('', '上门')).toEqual([]);
  });
});
