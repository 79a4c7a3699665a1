/**
 * The APR calculator's form, as pure data: what the person typed in, and what it works out to (the
 * annualised rate from the shared engine, the repayment schedule, and where the rate stands against the
 * lines people quote). Errors are i18n keys, one per field, so the island only renders.
 */
import { z } from 'zod';
import { annualise, DEFAULT_FEE_TERMS, parseRateArgument, ratePeriodSchema, type AprResult } from '@debtguide/shared/apr';
import { readAmountField } from './amount-field.ts';
import { decliningBalanceSchedule, feeOnPrincipalSchedule, monthlyRateOf, type Schedule } from './schedule.ts';

/** How the cost is charged: interest on what is still owed, or a fee on the original principal each month. */
export const aprModeSchema = z.enum(['rate', 'fee']);

/** The form exactly as typed (strings), so a half-typed value is never lost. */
export const aprFormSchema = z.object({
  /** Amount received, yuan. */
  principal: z.string(),
  mode: aprModeSchema,
  /** The rate as written: 0.05%, 0.05, 万分之5. */
  rate: z.string(),
  /** Period of an interest rate; a fee is always monthly. */
  per: ratePeriodSchema,
  /** Number of monthly instalments; empty means 12 (and says so for a fee). */
  terms: z.string(),
});

export type AprForm = z.infer<typeof aprFormSchema>;
export type AprField = 'principal' | 'rate' | 'terms';

export const DEFAULT_APR_FORM: AprForm = { principal: '10000', mode: 'rate', rate: '', per: 'day', terms: '12' };

export type AprOutcome =
  | { ok: true; result: AprResult; schedule: Schedule; terms: number; assumedTerms: boolean; principal: number }
  | { ok: false; errors: Partial<Record<AprField, string>> };

const MAX_PRINCIPAL = 100_000_000;
const MAX_TERMS = 360;

/** Works out the form; an empty rate is simply "nothing yet" (`errors.rate` = 'apr.error.rateEmpty'). */
export function evaluateAprForm(form: AprForm): AprOutcome {
  const errors: Partial<Record<AprField, string>> = {};
  const principal = readAmountField(form.principal);
  if (principal === undefined || principal <= 0) errors.principal = 'apr.error.principal';
  else if (principal > MAX_PRINCIPAL) errors.principal = 'apr.error.principalTooLarge';

  const termsText = form.terms.trim();
  const terms = termsText === '' ? DEFAULT_FEE_TERMS : readAmountField(termsText);
  if (terms === undefined || !Number.isInteger(terms) || terms < 1 || terms > MAX_TERMS) errors.terms = 'apr.error.terms';

  let rate: number | undefined;
  if (form.rate.trim() === '') errors.rate = 'apr.error.rateEmpty';
  else {
    try {
      rate = parseRateArgument(form.rate);
    } catch {
      errors.rate = 'apr.error.rate';
    }
  }
  if (Object.keys(errors).length > 0 || rate === undefined || principal === undefined || terms === undefined) {
    return { ok: false, errors };
  }
  const feeOnPrincipal = form.mode === 'fee';
  const per = feeOnPrincipal ? 'month' : form.per;
  let result: AprResult;
  try {
    result = annualise({ rate, per, feeOnPrincipal, terms });
  } catch {
    return { ok: false, errors: { rate: 'apr.error.rateTooHigh' } };
  }
  const schedule = feeOnPrincipal
    ? feeOnPrincipalSchedule(principal, rate / 100, terms)
    : decliningBalanceSchedule(principal, monthlyRateOf(rate, per), terms);
  return { ok: true, result, schedule, terms, assumedTerms: feeOnPrincipal && termsText === '', principal };
}
