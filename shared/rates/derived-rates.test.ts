import { describe, expect, it } from 'vitest';
import { findRates } from './find-rates.ts';

/** [quote, apr, qualifier, factor] of each quote found. */
function derived(text: string): Array<[string, number, string?, number?]> {
  return findRates(text).map((rate) => {
    const row: [string, number, string?, number?] = [rate.quote, rate.apr];
    if (rate.derivedFrom) row.push(rate.qualifier, rate.derivedFrom.factor);
    return row;
  });
}

describe('findDerivedRates (through findRates)', () => {
  it('reads a discount of a quoted rate: 8折, 八五折, 8.5折, 85折', () => {
    expect(derived('日利率0.05%，新客利息8折')).toEqual([['日利率0.05%', 18.25], ['8折', 14.6, 'discounted', 0.8]]);
    expect(derived('日利率0.05%，利率八五折')).toEqual([['日利率0.05%', 18.25], ['八五折', 15.51, 'discounted', 0.85]]);
    expect(derived('日利率0.05%，首借利率享8.5折')).toEqual([['日利率0.05%', 18.25], ['享8.5折', 15.51, 'discounted', 0.85]]);
    expect(derived('日利率0.05%，利息打85折')).toEqual([['日利率0.05%', 18.25], ['打85折', 15.51, 'discounted', 0.85]]);
    expect(derived('月利率1.2%，利率券8折')).toEqual([['月利率1.2%', 14.4], ['8折', 11.52, 'discounted', 0.8]]);
  });

  it('reads the overdue rate as a markup of the loan rate: 上浮50%, 加收50%, 1.5倍, 150%, "50% above"', () => {
    expect(derived('借款利率：日利率0.04%。逾期后罚息在借款利率基础上上浮50%。')).toEqual([
      ['日利率0.04%', 14.6], ['罚息在借款利率基础上上浮50%', 21.9, 'overdue', 1.5],
    ]);
    expect(derived('日利率0.04%；罰息利率為借款利率的1.5倍')).toEqual([['日利率0.04%', 14.6], ['罰息利率為借款利率的1.5倍', 21.9, 'overdue', 1.5]]);
    expect(derived('年利率12%，逾期罚息为合同利率的150%')).toEqual([['年利率12%', 12], ['罚息为合同利率的150%', 18, 'overdue', 1.5]]);
    expect(derived('Daily rate 0.04%. Penalty interest is charged at 50% above the loan rate.')).toEqual([
      ['Daily rate 0.04%', 14.6], ['Penalty interest is charged at 50% above', 21.9, 'overdue', 1.5],
    ]);
  });

  it('derives nothing without a rate to change, outside interest, or when the page states the result', () => {
    expect(findRates('在原借款利率基础上加收50%')).toEqual([]);
    expect(derived('全场商品8折，日利率0.05%')).toEqual([['日利率0.05%', 18.25]]);
    expect(derived('日利率0.05%，折合年化18.25%')).toEqual([['日利率0.05%', 18.25], ['年化18.25%', 18.25]]);
    expect(derived('借款利率日利率0.04%。罚息说明：在原借款利率基础上加收50%，即按万分之6/天计收。')).toEqual([['日利率0.04%', 14.6], ['万分之6/天', 21.9]]);
    expect(derived('日利率0.05%，利息10折')).toEqual([['日利率0.05%', 18.25]]);
  });
});
