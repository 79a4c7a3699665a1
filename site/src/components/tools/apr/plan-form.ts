/**
 * The calculator's "what I actually pay" mode, as pure data (CONTRACT §4b): the amount on the contract,
 * what was taken at payout or paid before it, each instalment, how many, the fees paid with each, and the
 * rate the page advertised → the true rate from the shared engine, the schedule at that rate, and how far
 * the advertised rate is from it. Errors are i18n keys, one per field, so the island only renders.
 */
import { z } from 'zod';
import { parseRateArgument } from '@debtguide/shared/apr';
import { findRates } from '@debtguide/shared/rates';
import { trueCost, type TrueCost } from '@debtguide/shared/true-cost';
import { readAmountField } from './amount-field.ts';
import { trueCostSchedule, type Schedule } from './schedule.ts';

/** The form exactly as typed (strings), so a half-typed value is never lost. */
export const planFormSchema = z.object({
  /** The loan amount on the contract, yuan. */
  principal: z.string(),
  /** Taken at payout or paid before it (服务费, 砍头息, a membership), yuan; empty for none. */
  upfrontFee: z.string(),
  /** Each instalment as the plan shows it, yuan. */
  payment: z.string(),
  /** Number of monthly instalments. */
  terms: z.string(),
  /** Paid with each instalment on top of it (担保费, 会员费, 保险费), yuan; empty for none. */
  monthlyFee: z.string(),
  /** The rate the page or contract states: 日利率0.05%, 年化18%, or a bare yearly percentage; optional. */
  advertised: z.string(),
});

export type PlanForm = z.infer<typeof planFormSchema>;
export type PlanField = keyof PlanForm;

export const DEFAULT_PLAN_FORM: PlanForm = { principal: '10000', upfrontFee: '', payment: '', terms: '12', monthlyFee: '', advertised: '' };

/** The rate the page advertises, annualised, with the words as typed when they were more than a number. */
export type Advertised = { apr: number; quote?: string };

export type PlanOutcome =
  | { ok: true; result: TrueCost; schedule: Schedule; terms: number; payment: number; advertised?: Advertised }
  | { ok: false; errors: Partial<Record<PlanField, string>> };

const MAX_TERMS = 360;

/** The advertised rate: a quote the rate finder reads (日利率0.05% → 18.25), else a bare yearly percentage. */
export function readAdvertised(text: string): Advertised | undefined {
  const [quote] = findRates(text.trim());
  if (quote) return { apr: quote.apr, quote: text.trim() };
  try {
    return { apr: parseRateArgument(text) };
  } catch {
    return undefined;
  }
}

/** Works out the form; an empty instalment is simply "nothing yet" (`errors.payment` = 'apr.plan.error.paymentEmpty'). */
export function evaluatePlanForm(form: PlanForm): PlanOutcome {
  const errors: Partial<Record<PlanField, string>> = {};
  const principal = readAmountField(form.principal);
  if (principal === undefined || principal <= 0) errors.principal = 'apr.plan.error.principal';
  const upfrontFee = form.upfrontFee.trim() === '' ? 0 : readAmountField(form.upfrontFee);
  if (upfrontFee === undefined || (principal !== undefined && upfrontFee >= principal)) errors.upfrontFee = 'apr.plan.error.upfrontFee';
  const payment = form.payment.trim() === '' ? undefined : readAmountField(form.payment);
  if (form.payment.trim() === '') errors.payment = 'apr.plan.error.paymentEmpty';
  else if (payment === undefined) errors.payment = 'apr.plan.error.payment';
  const terms = readAmountField(form.terms);
  if (terms === undefined || !Number.isInteger(terms) || terms < 1 || terms > MAX_TERMS) errors.terms = 'apr.error.terms';
  const monthlyFee = form.monthlyFee.trim() === '' ? 0 : readAmountField(form.monthlyFee);
  if (monthlyFee === undefined) errors.monthlyFee = 'apr.plan.error.monthlyFee';
  const advertised = form.advertised.trim() === '' ? undefined : readAdvertised(form.advertised);
  if (form.advertised.trim() !== '' && !advertised) errors.advertised = 'apr.plan.error.advertised';
  if (Object.keys(errors).length > 0 || principal === undefined || payment === undefined || terms === undefined) return { ok: false, errors };
  let result: TrueCost;
  try {
    result = trueCost({ principal, upfrontFee, payment, terms, monthlyFee });
  } catch {
    return { ok: false, errors: { payment: 'apr.plan.error.payment' } };
  }
  const schedule = trueCostSchedule(result.received, result.payments, result.monthlyIrr);
  return { ok: true, result, schedule, terms, payment: payment + (monthlyFee ?? 0), ...(advertised ? { advertised } : {}) };
}
