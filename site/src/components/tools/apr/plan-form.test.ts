import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_FORM, evaluatePlanForm, readAdvertised } from './plan-form.ts';

const form = (changes: Partial<typeof DEFAULT_PLAN_FORM>) => ({ ...DEFAULT_PLAN_FORM, ...changes });

describe('evaluatePlanForm', () => {
  it('works out 10,000 with 1,000 taken at payout and 12 × 1,000 to 56.75% (CONTRACT §4b)', () => {
    const outcome = evaluatePlanForm(form({ upfrontFee: '1,000', payment: '1000', advertised: '日利率0.05%' }));
    expect(outcome.ok && outcome.result).toMatchObject({ apr: 56.75, compounded: 74.11, received: 9_000, totalPaid: 12_000, cost: 3_000 });
    expect(outcome.ok && outcome.schedule.rows).toHaveLength(12);
    expect(outcome.ok && outcome.schedule.totalCost).toBe(3_000);
    expect(outcome.ok && outcome.advertised).toEqual({ apr: 18.25, quote: '日利率0.05%' });
  });

  it("works out the People's Bank example and adds fees paid with each instalment", () => {
    expect(evaluatePlanForm(form({ principal: '100000', upfrontFee: '1000', payment: '8833.33' })).ok).toBe(true);
    const pboc = evaluatePlanForm(form({ principal: '100000', upfrontFee: '1000', payment: '8833.33' }));
    expect(pboc.ok && [pboc.result.apr, pboc.result.compounded]).toEqual([12.8, 13.58]);
    const withFee = evaluatePlanForm(form({ principal: '1万', payment: '888.49', monthlyFee: '50' }));
    expect(withFee.ok && withFee.result.apr).toBe(22.53);
    expect(withFee.ok && withFee.payment).toBe(938.49);
  });

  it('reports each bad field with its own message key, and an empty instalment as nothing yet', () => {
    expect(evaluatePlanForm(form({}))).toEqual({ ok: false, errors: { payment: 'apr.plan.error.paymentEmpty' } });
    expect(evaluatePlanForm(form({ principal: '0', upfrontFee: 'x', payment: 'abc', terms: '0', monthlyFee: '-1', advertised: 'soon' }))).toEqual({
      ok: false,
      errors: {
        principal: 'apr.plan.error.principal', upfrontFee: 'apr.plan.error.upfrontFee', payment: 'apr.plan.error.payment', terms: 'apr.error.terms',
        monthlyFee: 'apr.plan.error.monthlyFee', advertised: 'apr.plan.error.advertised',
      },
    });
    expect(evaluatePlanForm(form({ upfrontFee: '10000', payment: '1000' }))).toEqual({ ok: false, errors: { upfrontFee: 'apr.plan.error.upfrontFee' } });
  });
});

describe('readAdvertised', () => {
  it('reads a quote as the rate finder does, or a bare yearly percentage', () => {
    expect(readAdvertised('日利率0.05%')).toEqual({ apr: 18.25, quote: '日利率0.05%' });
    expect(readAdvertised('年化利率（单利）7.2%起')).toEqual({ apr: 7.2, quote: '年化利率（单利）7.2%起' });
    expect(readAdvertised('18%')).toEqual({ apr: 18 });
    expect(readAdvertised('18')).toEqual({ apr: 18 });
    expect(readAdvertised('cheap')).toBeUndefined();
  });
});
