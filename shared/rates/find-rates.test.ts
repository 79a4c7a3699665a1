import { describe, expect, it } from 'vitest';
import { findRates, rateQuoteSchema } from './find-rates.ts';

/** [quote, apr] pairs found in a text, the shape the fixtures use. */
function quotes(text: string): Array<[string, number]> {
  return findRates(text).map((rate) => [rate.quote, rate.apr]);
}

describe('findRates', () => {
  it('finds daily rates in their many spellings', () => {
    expect(quotes('日利率0.05%')).toEqual([['日利率0.05%', 18.25]]);
    expect(quotes('日息0.05%')).toEqual([['日息0.05%', 18.25]]);
    expect(quotes('日利率：0.05%')).toEqual([['日利率：0.05%', 18.25]]);
    expect(quotes('借款利率 日利率 0.04%')).toEqual([['日利率 0.04%', 14.6]]);
    expect(quotes('日利率\n0.04%')).toEqual([['日利率\n0.04%', 14.6]]);
    expect(quotes('即按万分之6/天计收')).toEqual([['万分之6/天', 21.9]]);
    expect(quotes('每日万分之5，按日计息')).toEqual([['每日万分之5', 18.25]]);
    expect(quotes('日息万五，随借随还')).toEqual([['日息万五', 18.25]]);
    expect(quotes('日利率万分之二点五')).toEqual([['日利率万分之二点五', 9.13]]);
    expect(quotes('每千元每天0.5元')).toEqual([['每千元每天0.5元', 18.25]]);
    expect(quotes('借1000元每天利息仅需0.3元')).toEqual([['借1000元每天利息仅需0.3元', 10.95]]);
    expect(quotes('每万元每日利息2元')).toEqual([['每万元每日利息2元', 7.3]]);
    expect(quotes('按0.05%/天计息')).toEqual([['0.05%/天', 18.25]]);
    expect(quotes('日息0.5‰')).toEqual([['日息0.5‰', 18.25]]);
  });

  it('finds Traditional and full-width text and slices the original characters', () => {
    expect(quotes('日利率０．０５％起')).toEqual([['日利率０．０５％', 18.25]]);
    expect(quotes('每日萬分之5')).toEqual([['每日萬分之5', 18.25]]);
    expect(quotes('日息萬五')).toEqual([['日息萬五', 18.25]]);
    expect(quotes('月費率0.5%，分12期')).toEqual([['月費率0.5%', 10.9]]);
    expect(quotes('分24期，每期手續費率0.75%')).toEqual([['每期手續費率0.75%', 16.43]]);
    expect(quotes('年化利率（單利）7.3%起')).toEqual([['年化利率（單利）7.3%', 7.3]]);
    expect(quotes('每千元每天0.5元，分12個月')).toEqual([['每千元每天0.5元', 18.25]]);
  });

  it('finds monthly interest on the declining balance', () => {
    expect(quotes('执行利率： 月利率0.35%')).toEqual([['月利率0.35%', 4.2]]);
    expect(quotes('月息0.5%，等额本息')).toEqual([['月息0.5%', 6]]);
    expect(quotes('月利率千分之3.5')).toEqual([['月利率千分之3.5', 4.2]]);
    expect(quotes('Monthly interest rate 0.35% on the outstanding balance')).toEqual([['Monthly interest rate 0.35%', 4.2]]);
  });

  it('finds fees on the principal with their instalment count', () => {
    expect(quotes('分12期，每期手续费率0.60%（折合年化利率约13.03%）；')).toEqual([
      ['每期手续费率0.60%', 13.03],
      ['年化利率约13.03%', 13.03],
    ]);
    expect(quotes('分24期，每期手续费率0.75%，手续费按分期本金计算。')).toEqual([['每期手续费率0.75%', 16.43]]);
    expect(quotes('分6期，每期手续费率0.75% 每期应还 ¥627.00')).toEqual([['每期手续费率0.75%', 15.27]]);
    expect(quotes('分期手续费率0.6%，可分24个月')).toEqual([['分期手续费率0.6%', 13.27]]);
    expect(quotes('每月手续费0.6%，十二期')).toEqual([['每月手续费0.6%', 13.03]]);
    expect(quotes('A monthly fee of 0.6% over 12 instalments.')).toEqual([['monthly fee of 0.6%', 13.03]]);
    expect(quotes('Pay back in 24 months with a monthly fee of 0.75%')).toEqual([['monthly fee of 0.75%', 16.43]]);
  });

  it('assumes 12 instalments, and says so, when no count is in the sentence', () => {
    const [fee] = findRates('按借款本金的月费率0.5%收取服务费，服务费随每期本金一并归还。');
    expect(fee).toMatchObject({ quote: '月费率0.5%', apr: 10.9, terms: 12, assumedTerms: true, basis: 'fee-on-principal' });
    expect(findRates('分24期。月费率0.5%')[0]).toMatchObject({ terms: 12, assumedTerms: true });
    expect(findRates('月费率0.5%，第3期起')[0]).toMatchObject({ assumedTerms: true });
    expect(findRates('月费率0.5%，已逾期3个月')[0]).toMatchObject({ assumedTerms: true });
    expect(findRates(`月费率0.5%${'，'.repeat(70)}分24期`)[0]).toMatchObject({ assumedTerms: true });
  });

  it('takes the nearest count in the sentence', () => {
    expect(findRates('分6期或分12期，每期手续费率0.75%')[0]).toMatchObject({ terms: 12 });
    expect(findRates('每期手续费率0.75%，分3期')[0]).toMatchObject({ terms: 3 });
  });

  it('finds annual rates as stated', () => {
    expect(quotes('利率低 年化利率（单利）3.45%起')).toEqual([['年化利率（单利）3.45%', 3.45]]);
    expect(quotes('折合年化利率（单利）7.3%起')).toEqual([['年化利率（单利）7.3%', 7.3]]);
    expect(quotes('年利率3.45%')).toEqual([['年利率3.45%', 3.45]]);
    expect(quotes('年化3.45%')).toEqual([['年化3.45%', 3.45]]);
    expect(quotes('年化利率低至3.45%')).toEqual([['年化利率低至3.45%', 3.45]]);
    expect(quotes('APR 7.3%')).toEqual([['APR 7.3%', 7.3]]);
    expect(quotes('an APR of 7.3% (simple)')).toEqual([['APR of 7.3%', 7.3]]);
    expect(quotes('Annual rate: 7.3%')).toEqual([['Annual rate: 7.3%', 7.3]]);
    expect(quotes('from 7.3% p.a.')).toEqual([['7.3% p.a.', 7.3]]);
  });

  it('reports both ends of a range', () => {
    expect(quotes('年化利率7.2%-24%')).toEqual([['年化利率7.2%', 7.2], ['24%', 24]]);
    expect(quotes('貸款年利率（單利）3.6%～18%')).toEqual([['年利率（單利）3.6%', 3.6], ['18%', 18]]);
    expect(quotes('日利率0.02-0.05%')).toEqual([['日利率0.02', 7.3], ['0.05%', 18.25]]);
    expect(quotes('日息万二至万五')).toEqual([['日息万二', 7.3], ['万五', 18.25]]);
  });

  it('finds English daily rates', () => {
    expect(quotes('a daily interest rate of 0.05%')).toEqual([['daily interest rate of 0.05%', 18.25]]);
    expect(quotes('only 0.05% per day')).toEqual([['0.05% per day', 18.25]]);
  });

  it('reports every quote with its offsets and a valid shape', () => {
    const text = '微粒贷 日利率0.02%起\n折合年化利率（单利）7.3%起';
    const found = findRates(text);
    expect(found).toHaveLength(2);
    for (const quote of found) {
      expect(rateQuoteSchema.parse(quote)).toEqual(quote);
      expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    }
    expect(found[0]).toMatchObject({ rate: 0.02, per: 'day', basis: 'declining-balance', apr: 7.3, compounded: 7.57 });
    expect(found[1]).toMatchObject({ rate: 7.3, per: 'year', basis: 'stated-annual', apr: 7.3, compounded: 7.3 });
  });

  it('ignores benchmark rates, their multiples and legal ceilings', () => {
    expect(findRates('一年期貸款市場報價利率（LPR）下調10個基點至3%，五年期以上品種同步下調。')).toEqual([]);
    expect(findRates('出借人請求的利息超過合同成立時一年期LPR四倍的部分，法院不予支持')).toEqual([]);
    expect(findRates('綜合融資成本則普遍被要求控制在24%以內')).toEqual([]);
    expect(findRates('利息超过24%的部分无效；利息超过年利率24%的部分无效')).toEqual([]);
    expect(findRates('年利率不超过24%，年化利率36%以上的部分')).toEqual([]);
    expect(findRates('控制在年化利率24%以内')).toEqual([]);
    expect(findRates('LPR年利率3.45%')).toEqual([]);
    expect(findRates('一年期LPR为3.1%，五年期LPR为3.6%')).toEqual([]);
    expect(findRates('年利率3.45%的4倍')).toEqual([]);
    expect(findRates('存款年利率1.5%')).toEqual([]);
    expect(findRates('The loan prime rate APR 3.1%; rates capped at APR 24%')).toEqual([]);
    expect(findRates('the 4×LPR cap, about 12% a year')).toEqual([]);
    expect(findRates('charges above 24% a year may be cut')).toEqual([]);
    expect(quotes('Your capital is safe. APR 7.3%')).toEqual([['APR 7.3%', 7.3]]);
  });

  it('ignores interest-free offers and zero or absurd rates', () => {
    expect(findRates('信用卡分期：3期、6期、12期0利率，每期最低約 NT$1,583。')).toEqual([]);
    expect(findRates('現貨 滿額贈 分期0利率')).toEqual([]);
    expect(findRates('前30天免息，日利率0%')).toEqual([]);
    expect(findRates('日利率150%')).toEqual([]);
    expect(findRates('月利率5000%')).toEqual([]);
    expect(findRates('日利率1234567%')).toEqual([]);
  });

  it('ignores words that only look like a label or a rate', () => {
    expect(findRates('在原借款利率基础上加收50%')).toEqual([]);
    expect(findRates('年化收益率4.5%的理财产品')).toEqual([]);
    expect(findRates('In April 7.3% of users…')).toEqual([]);
    expect(findRates('50% off every day')).toEqual([]);
    expect(findRates('日利率0.05')).toEqual([]);
    expect(findRates('借款金额2万元，日期2024-11-08')).toEqual([]);
    expect(findRates('')).toEqual([]);
  });

  it('returns overlapping matches once, in text order', () => {
    expect(quotes('日利率0.05%/天，月利率0.5%')).toEqual([
      ['日利率0.05%', 18.25],
      ['月利率0.5%', 6],
    ]);
    expect(quotes('每日利率0.05%')).toEqual([['每日利率0.05%', 18.25]]);
  });
});
