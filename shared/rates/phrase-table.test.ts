import { describe, expect, it } from 'vitest';
import { containsAny, phraseTable, wordTable } from './phrase-table.ts';

describe('phraseTable', () => {
  it('matches the longest phrase at a position', () => {
    const table = phraseTable([['年化', 1], ['年化利率', 2], ['年利率', 3]]);
    expect(table.matchAt('折合年化利率', 2)).toEqual({ phrase: '年化利率', value: 2 });
    expect(table.matchAt('年化3%', 0)).toEqual({ phrase: '年化', value: 1 });
    expect(table.matchAt('年化', 1)).toBeUndefined();
    expect(table.matchAt('年化', 9)).toBeUndefined();
    expect(table.phrases).toEqual(['年化', '年化利率', '年利率']);
  });

  it('ignores empty phrases', () => {
    expect(phraseTable([['', 1]]).matchAt('abc', 0)).toBeUndefined();
  });
});

describe('wordTable', () => {
  it('maps every word to true', () => {
    expect(wordTable(['lpr']).matchAt('一年期lpr', 3)).toEqual({ phrase: 'lpr', value: true });
  });
});

describe('containsAny', () => {
  it('finds a word anywhere in a short text', () => {
    expect(containsAny('利息超过', wordTable(['超过']))).toBe(true);
    expect(containsAny('日利率', wordTable(['超过']))).toBe(false);
    expect(containsAny('', wordTable(['超过']))).toBe(false);
  });

  it('finds Latin words only as whole words', () => {
    expect(containsAny('rates cap at', wordTable(['cap']))).toBe(true);
    expect(containsAny('lpr四倍', wordTable(['lpr']))).toBe(true);
    expect(containsAny('your capital', wordTable(['cap']))).toBe(false);
    expect(containsAny('escape', wordTable(['cap']))).toBe(false);
  });
});
