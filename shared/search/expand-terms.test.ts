import { describe, expect, it } from 'vitest';
import { editDistance, expandWord } from './expand-terms.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('collector', 'collector', 2)).toBe(0);
    expect(editDistance('colector', 'collector', 2)).toBe(1);
    expect(editDistance('colletcor', 'collector', 2)).toBe(1);
    expect(editDistance('harrasment', 'harassment', 2)).toBe(2);
  });

  it('stops at max + 1', () => {
    expect(editDistance('debt', 'deferral', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('expandWord', () => {
  const vocab = ['collector', 'collection', 'harassment', 'harass', 'deferral', 'call', 'jail'];

  it('finds indexed words one edit away, and two for long words', () => {
    expect(expandWord('colector', vocab, false).map((e) => e.token)).toContain('collector');
    expect(expandWord('harrasment', vocab, false).map((e) => e.token)).toContain('harassment');
    expect(expandWord('jial', vocab, false).map((e) => e.token)).toEqual(['jail']);
  });

  it('finds words that start with the query word', () => {
    expect(expandWord('collect', vocab, false).map((e) => e.token)).toEqual(expect.arrayContaining(['collector', 'collection']));
    expect(expandWord('harass', vocab, true).map((e) => e.token)).toEqual(['harassment']);
  });

  it('leaves short or non-ASCII words alone', () => {
    expect(expandWord('cal', vocab, false)).toEqual([]);
    expect(expandWord('催收催收', vocab, false)).toEqual([]);
  });
});
