import { describe, expect, it } from 'vitest';
import { findPageCost, pageCostSchema } from './page-cost.ts';

/** The three figures `debtguide page` prints as `cost`. */
function cost(text: string) {
  const found = findPageCost(text);
  return found && { received: found.received, apr: found.apr, compounded: found.compounded };
}

describe('findPageCost', () => {
  it('counts a fee taken at payout, in Simplified, Traditional and English', () => {
    const expected = { received: 9_000, apr: 56.75, compounded: 74.11 };
    expect(cost('借款金额 10000元，每期应还1000元，分12期。服务费1000元，放款时从借款中扣除。')).toEqual(expected);
    expect(cost('借款金額：10,000元\n到帳金額：9,000元\n每月還款 1,000元，共12期')).toEqual(expected);
    expect(cost('Loan amount: ¥10,000. A processing fee of ¥1,000 is deducted at payout. Monthly repayment: ¥1,000 × 12 months.')).toEqual(expected);
    expect(cost('12 monthly instalments of ¥1,000; you receive ¥9,000')).toEqual(expected);
    expect(cost('砍头息1,000元；借款金额1万元；还款计划：1,000元 × 12期')).toEqual(expected);
  });

  it('takes a membership paid before payout off what is received, even when the page says the full amount arrives', () => {
    expect(cost('到账金额 10,000元。需先开通会员，会员费 199元，放款前支付。每期应还 888.49元，共12期。')).toMatchObject({ received: 9_801 });
    expect(cost('借款金额 10,000元，实际到账 9,000元（服务费1,000元放款时扣除）；每期应还1,000元，共12期')).toMatchObject({ received: 9_000 });
  });

  it('adds fees paid with each instalment, unless the instalment already includes them', () => {
    const found = findPageCost('借款金额：20,000元；每期应还1,776.98元，共12期；担保费：每期60元');
    expect(found).toMatchObject({ received: 20_000, monthlyFee: 60, totalPaid: 22_043.76, terms: 12 });
    expect(pageCostSchema.parse(found)).toEqual(found);
    expect(findPageCost('借款金额：20,000元；每期应还1,836.98元（含担保费60元），共12期；担保费每期60元')).toMatchObject({ monthlyFee: 0, totalPaid: 22_043.76 });
    expect(findPageCost('Loan amount ¥5,000; 6 monthly instalments of ¥858.84; insurance fee ¥15 per month')).toMatchObject({ monthlyFee: 15, apr: 16.48 });
  });

  it('reads a different first instalment and a plan table', () => {
    expect(findPageCost('借款金额 3,000元，首期应还 1,100元，每期应还 1,050元，共3期')).toMatchObject({ totalPaid: 3_200, terms: 3 });
    const table = ['借款本金：3,000元，期数：3期', '期次', '应还日期', '应还本金', '应还利息', '应还合计', '1', '2026-01-01', '1,000.00', '30.00', '1,030.00',
      '2', '2026-02-01', '1,000.00', '20.00', '1,020.00', '3', '2026-03-01', '1,000.00', '10.00', '1,010.00'].join('\n');
    expect(findPageCost(table)).toMatchObject({ received: 3_000, totalPaid: 3_060, terms: 3 });
  });

  it('is null when the page does not show enough, never a guess', () => {
    expect(cost('借款金额 10,000元，日利率0.05%')).toBeNull();
    expect(cost('每期应还 1,000元，共12期')).toBeNull();
    expect(cost('借款金额 10,000元，每期应还 1,000元')).toBeNull();
    expect(cost('借款金额 10,000元，每期应还 1,000元，共12期，手续费 200元')).toBeNull();
    expect(cost('借款金额 5,000元 或 借款金额 10,000元，每期应还 1,000元，共12期')).toBeNull();
    expect(cost('借款金额 10,000元，每期应还 1,000元 或 每期应还 900元，共12期')).toBeNull();
    expect(cost('最高可借20万元，每期最低还款100元，共12期')).toBeNull();
    expect(cost('借款金额 10,000元，每期应还 100元，共12期')).toBeNull();
    expect(cost('')).toBeNull();
  });

  it('leaves out fees paid only if something goes wrong, and zero fees', () => {
    expect(cost('借款金额 10,000元，每期应还 1,000元，共12期。提前还款手续费 100元；逾期管理费 50元；服务费 0元')).toMatchObject({ received: 10_000 });
  });
});
