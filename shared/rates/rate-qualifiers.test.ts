import { describe, expect, it } from 'vitest';
import { findRates } from './find-rates.ts';

/** [quote, apr, qualifier] of each quote found. */
function qualified(text: string): Array<[string, number, string | undefined]> {
  return findRates(text).map((rate) => [rate.quote, rate.apr, rate.qualifier]);
}

describe('qualifierOf (through findRates)', () => {
  it('marks the lowest rate offered: 低至, 最低, 起, from, as low as', () => {
    expect(qualified('日利率低至0.02%')).toEqual([['日利率低至0.02%', 7.3, 'from']]);
    expect(qualified('最低日利率0.02%')).toEqual([['日利率0.02%', 7.3, 'from']]);
    expect(qualified('年化利率（單利）7.2%起')).toEqual([['年化利率（單利）7.2%', 7.2, 'from']]);
    expect(qualified('an APR from 7.3% (simple)')).toEqual([['APR from 7.3%', 7.3, 'from']]);
    expect(qualified('monthly fee as low as 0.18% over 12 instalments')[0]?.[2]).toBe('from');
  });

  it('marks the highest: 最高, up to', () => {
    expect(qualified('年化利率最高24%')).toEqual([['年化利率最高24%', 24, 'up-to']]);
    expect(qualified('APR up to 23.9%')).toEqual([['APR up to 23.9%', 23.9, 'up-to']]);
  });

  it('marks both ends of a range, in Chinese and English', () => {
    expect(qualified('日利率0.02%至0.05%')).toEqual([['日利率0.02%', 7.3, 'from'], ['0.05%', 18.25, 'up-to']]);
    expect(qualified('日利率万分之二至万分之五')).toEqual([['日利率万分之二', 7.3, 'from'], ['万分之五', 18.25, 'up-to']]);
    expect(qualified('daily rate 0.02% to 0.05%')).toEqual([['daily rate 0.02%', 7.3, 'from'], ['0.05%', 18.25, 'up-to']]);
    expect(qualified('APR between 7.2% and 24%')).toEqual([['APR between 7.2%', 7.2, 'from'], ['24%', 24, 'up-to']]);
    expect(qualified('APR 7.2% and 24% of users')).toEqual([['APR 7.2%', 7.2, undefined]]);
  });

  it('leaves a plain rate, and 起 that starts another word, unqualified', () => {
    expect(qualified('日利率0.05%')).toEqual([['日利率0.05%', 18.25, undefined]]);
    expect(qualified('日利率0.05%起息')).toEqual([['日利率0.05%', 18.25, undefined]]);
  });
});
