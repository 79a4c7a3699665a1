import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize.ts';
import { scanAmounts } from './page-amounts.ts';

/** [role, value, extra] of each amount found, compactly. */
function found(text: string): Array<[string, number, string?]> {
  return scanAmounts(foldForMatch(text)).map((a) => {
    const extra = a.timing ?? ([a.terms === undefined ? '' : `${a.terms}期`, a.includesFees ? '+fees' : ''].join('') || undefined);
    return extra === undefined ? [a.role, a.value] : [a.role, a.value, extra];
  });
}

describe('scanAmounts', () => {
  it('reads labelled amounts and counts', () => {
    expect(found('借款金额：10,000.00元\n实际到账金额 9,000元\n每期应还 ¥1,000，共12期\n期数：12')).toEqual([
      ['principal', 10_000], ['received', 9_000], ['instalment', 1_000, '12期'], ['terms', 12], ['terms', 12],
    ]);
    expect(found('借款期限：1年')).toEqual([['terms', 12]]);
    expect(found('Loan amount\n¥5,000.00\nYou receive: ¥4,700')).toEqual([['principal', 5_000], ['received', 4_700]]);
  });

  it('tells when each fee is paid from the words around it', () => {
    expect(found('服务费1,000元，放款时一次性扣除；担保费每期30元；会员费199元/月；提前还款手续费100元；手续费50元')).toEqual([
      ['fee', 1_000, 'at-payout'], ['fee', 30, 'per-instalment'], ['fee', 199, 'per-instalment'], ['fee', 100, 'contingent'], ['fee', 50, 'unknown'],
    ]);
    expect(found('開通會員：會員費299元，放款前支付')).toEqual([['fee', 299, 'at-payout']]);
    expect(found('A processing fee of ¥300 is deducted at payout; insurance fee ¥15 per month')).toEqual([['fee', 300, 'at-payout'], ['fee', 15, 'per-instalment']]);
    expect(found('每期应还1,030元（含担保费30元），共12期')).toEqual([['instalment', 1_030, '12期+fees'], ['fee', 30, 'included'], ['terms', 12]]);
  });

  it('reads plans written as arithmetic, and the result of a formula after a label', () => {
    expect(found('1,000元 × 12期')).toEqual([['instalment', 1_000, '12期']]);
    expect(found('12期×1,000元')).toEqual([['instalment', 1_000, '12期']]);
    expect(found('12 monthly instalments of ¥1,000')).toEqual([['instalment', 1_000, '12期']]);
    expect(found('还款：1,000元/月，共12期')).toEqual([['instalment', 1_000, '12期'], ['terms', 12]]);
    expect(found('Monthly repayment\n(HKD30,000 ÷ 12) + HKD54 = HKD2,554 (included handling fee)')).toEqual([['instalment', 2_554, '+fees']]);
  });

  it('leaves out limits, minimums, rates and counts that only look like amounts', () => {
    expect(found('最高可借20万元；每期最低还款100元；每期应还低至300元；借款金额1,000元起')).toEqual([]);
    expect(found('服务费率0.5%；借款 12期')).toEqual([]);
    expect(found('借款利率：日利率0.05%')).toEqual([]);
  });
});
