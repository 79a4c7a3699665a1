import { describe, expect, it } from 'vitest';
import { findRates } from './find-rates.ts';

const quotes = (text: string) => findRates(text).map((r) => r.quote);

describe('formulas and worked examples are not the page\'s rate', () => {
  it('skips an annual rate divided by 365 and the result of the sum', () => {
    expect(quotes('日利率怎么算？日利率=年利率18%/365，约为0.0493%。')).toEqual([]);
    expect(quotes('计算日利率的方法是将年利率除以365天。如果借款人的年利率是10%，那么日利率就是10%除以365，约为0.0274%。')).toEqual([]);
    expect(quotes('日利息=50000×0.04%=20元')).toEqual([]);
  });

  it('skips hypothetical and worked examples in three scripts', () => {
    expect(quotes('例如，借款1万元，日利率0.05%，借30天，利息为150元。')).toEqual([]);
    expect(quotes('假設月利率為1%，借款一萬元，每月利息一百元。')).toEqual([]);
    expect(quotes('For example, a loan at a monthly flat rate of 0.7% over 12 months costs more than it looks.')).toEqual([]);
  });

  it('keeps the page\'s own quotes, also after an example sentence has ended', () => {
    expect(quotes('日利率0.02%起，年化利率(单利)7.2%起。')).toEqual(['日利率0.02%', '年化利率(单利)7.2%']);
    expect(quotes('例如借1万元按日计息。本产品日利率0.03%。')).toEqual(['日利率0.03%']);
    expect(quotes('Interest rates from as low as 3.80% p.a.')).toEqual(['3.80% p.a.']);
  });
});
