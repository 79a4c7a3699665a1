import { describe, expect, it } from 'vitest';
import { scanLabelled, scanPerThousand, scanSuffixed, skipGap } from './scan-rates.ts';

/** [start, end, percent, per, basis] of each candidate, compactly. */
function spans(found: ReturnType<typeof scanLabelled>): Array<[number, number, number, string, string]> {
  return found.map((c) => [c.start, c.end, Number(c.percent.toPrecision(12)), c.per, c.basis]);
}

describe('skipGap', () => {
  it('skips spaces, colons, short parentheticals and allowed words', () => {
    expect(skipGap('年化利率(单利)约 3.45%', 4)).toBe(10);
    expect(skipGap('apr of 7.3%', 3)).toBe(7);
    expect(skipGap('rate often 7%', 4)).toBe(5);
    expect(skipGap('日利率(2024年)0.05%', 3)).toBe(3);
    expect(skipGap(`日利率${' '.repeat(100)}0.05%`, 3)).toBeLessThan(30);
  });
});

describe('scanLabelled', () => {
  it('finds label-first quotes of each kind', () => {
    expect(spans(scanLabelled('日利率0.05%'))).toEqual([[0, 8, 0.05, 'day', 'declining-balance']]);
    expect(spans(scanLabelled('月利率0.35%'))).toEqual([[0, 8, 0.35, 'month', 'declining-balance']]);
    expect(spans(scanLabelled('月费率0.5%'))).toEqual([[0, 7, 0.5, 'month', 'fee-on-principal']]);
    expect(spans(scanLabelled('年化利率约13.03%'))).toEqual([[0, 11, 13.03, 'year', 'stated-annual']]);
    expect(spans(scanLabelled('日息万五'))).toEqual([[0, 4, 0.05, 'day', 'declining-balance']]);
  });

  it('finds both ends of a range', () => {
    expect(spans(scanLabelled('日利率0.02%-0.05%'))).toEqual([
      [0, 8, 0.02, 'day', 'declining-balance'],
      [9, 14, 0.05, 'day', 'declining-balance'],
    ]);
    expect(spans(scanLabelled('年利率3.6 ~ 18%'))).toEqual([
      [0, 6, 3.6, 'year', 'stated-annual'],
      [9, 12, 18, 'year', 'stated-annual'],
    ]);
    expect(spans(scanLabelled('年利率3-'))).toEqual([]);
    expect(spans(scanLabelled('年利率3-5元'))).toEqual([]);
  });

  it('keeps Latin labels to whole words', () => {
    expect(scanLabelled('april 7.3%')).toEqual([]);
    expect(scanLabelled('sapr 7.3%')).toEqual([]);
    expect(spans(scanLabelled('(apr 7.3%)'))).toEqual([[1, 9, 7.3, 'year', 'stated-annual']]);
  });

  it('reads 万五 after daily labels only', () => {
    expect(scanLabelled('月息万五')).toEqual([]);
  });
});

describe('scanSuffixed', () => {
  it('finds number-first quotes with a unit', () => {
    expect(spans(scanSuffixed('按万分之6/天计收'))).toEqual([[1, 7, 0.06, 'day', 'declining-balance']]);
    expect(spans(scanSuffixed('0.05% per day'))).toEqual([[0, 13, 0.05, 'day', 'declining-balance']]);
    expect(spans(scanSuffixed('0.5%/月'))).toEqual([[0, 6, 0.5, 'month', 'declining-balance']]);
    expect(spans(scanSuffixed('0.6% monthly fee'))).toEqual([[0, 16, 0.6, 'month', 'fee-on-principal']]);
    expect(spans(scanSuffixed('7.3% p.a.'))).toEqual([[0, 9, 7.3, 'year', 'stated-annual']]);
  });

  it('needs the unit', () => {
    expect(scanSuffixed('加收50%,即按')).toEqual([]);
    expect(scanSuffixed('万分之6')).toEqual([]);
    expect(scanSuffixed('7.3% april')).toEqual([]);
  });
});

describe('scanPerThousand', () => {
  it('turns yuan per thousand per day into a daily rate', () => {
    expect(spans(scanPerThousand('每千元每天0.5元'))).toEqual([[0, 9, 0.05, 'day', 'declining-balance']]);
    expect(spans(scanPerThousand('每万元日息2元'))).toEqual([[0, 7, 0.02, 'day', 'declining-balance']]);
    expect(spans(scanPerThousand('借1000元每天利息仅需0.3元'))).toEqual([[0, 16, 0.03, 'day', 'declining-balance']]);
  });

  it('does not take a larger amount for a thousand', () => {
    expect(scanPerThousand('借5千元每天1.5元')).toEqual([]);
    expect(scanPerThousand('借款21000元每天3元')).toEqual([]);
    expect(scanPerThousand('每千元每天0.5')).toEqual([]);
  });
});
