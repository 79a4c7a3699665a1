import { describe, expect, it } from 'vitest';
import { ANNUAL, DAILY, GAP_WORDS, MONTHLY, MONTHLY_FEE, RATE_LABELS, RATE_SUFFIXES, isLatinLetter } from './rate-labels.ts';
import { foldForMatch } from '../text/normalize.ts';

describe('RATE_LABELS', () => {
  it('knows each kind of label, in Traditional too once folded', () => {
    const kindOf = (label: string) => RATE_LABELS.matchAt(foldForMatch(label), 0)?.value;
    expect(kindOf('日利率')).toBe(DAILY);
    expect(kindOf('月利率')).toBe(MONTHLY);
    expect(kindOf('每期手續費率')).toBe(MONTHLY_FEE);
    expect(kindOf('月費率')).toBe(MONTHLY_FEE);
    expect(kindOf('年化利率')).toBe(ANNUAL);
    expect(kindOf('APR')).toBe(ANNUAL);
  });

  it('holds folded phrases only, so that folded text can match them', () => {
    for (const table of [RATE_LABELS, RATE_SUFFIXES, GAP_WORDS]) {
      expect(table.phrases.length).toBeGreaterThan(5);
      for (const phrase of table.phrases) expect(foldForMatch(phrase)).toBe(phrase);
    }
  });
});

describe('RATE_SUFFIXES', () => {
  it('knows units after the number', () => {
    expect(RATE_SUFFIXES.matchAt('/天', 0)?.value).toBe(DAILY);
    expect(RATE_SUFFIXES.matchAt('p.a.', 0)?.value).toBe(ANNUAL);
  });
});

describe('GAP_WORDS', () => {
  it('knows the words between a label and its number', () => {
    expect(GAP_WORDS.matchAt('约为', 0)?.phrase).toBe('约为');
  });
});

describe('isLatinLetter', () => {
  it('knows lower-case ASCII letters', () => {
    expect(['a', 'z', 'A', '1', '日', '', undefined].map(isLatinLetter)).toEqual([true, true, false, false, false, false, false]);
  });
});
