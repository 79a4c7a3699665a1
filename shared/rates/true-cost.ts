/**
 * The true cost of a loan from what the borrower actually receives and pays (CONTRACT §4b): the amount on
 * the contract less what is taken at payout or paid before it (服务费, 砍头息, a membership), then each
 * instalment plus any fee paid with it (担保费, 会员费, 保险费). The annualised rate is the monthly IRR of
 * that cash flow × 12, simple (单利), with the compounded figure beside it. This is what
 * `debtguide apr --principal …` prints and what a page's `cost` is worked out with.
 */
import { z } from 'zod';
import { monthlyIrr, roundTo2 } from './irr.ts';
import { parseRequest } from './parse-request.ts';

/** The largest amount accepted (yuan): beyond it a figure is a typing mistake, not a consumer loan. */
export const MAX_AMOUNT = 1e10;
/** The most instalments accepted (fifty years of months). */
export const MAX_TERMS = 600;

/** An amount of yuan, to the fen: what is paid is never finer than that. */
const amount = z.number().finite().nonnegative().max(MAX_AMOUNT).transform(roundTo2);

/** What the borrower signed for, received and pays. Give either `payment` with `terms`, or `instalments`. */
export const trueCostRequestSchema = z
  .object({
    /** The amount on the contract (借款金额, loan amount), yuan; must be positive. */
    principal: z.number().finite().min(0.01).max(MAX_AMOUNT).transform(roundTo2),
    /** Taken from the loan at payout or paid before it (服务费, 砍头息, 会员费): received = principal − upfrontFee. */
    upfrontFee: amount.default(0),
    /** Each instalment as the plan shows it (每期应还), with `terms`: equal instalments. */
    payment: amount.optional(),
    /** The number of monthly instalments of `payment`. */
    terms: z.number().int().min(1).max(MAX_TERMS).optional(),
    /** Or every instalment as listed in the plan, the first one first. */
    instalments: z.array(amount).min(1).max(MAX_TERMS).optional(),
    /** A fee paid with each instalment and not already in it (担保费, 会员费/月, 保险费), yuan. */
    monthlyFee: amount.default(0),
  })
  .refine((r) => (r.instalments === undefined ? r.payment !== undefined && r.terms !== undefined : r.payment === undefined && r.terms === undefined), {
    message: 'give either the instalment and the number of instalments, or the list of instalments',
    path: ['payment'],
  })
  .refine((r) => r.upfrontFee < r.principal, { message: 'the fee taken at payout must be less than the loan amount', path: ['upfrontFee'] })
  .refine((r) => (r.instalments ?? [r.payment ?? 0]).some((instalment) => instalment + r.monthlyFee > 0), {
    message: 'the instalments cannot all be zero',
    path: ['payment'],
  });

export type TrueCostRequest = z.input<typeof trueCostRequestSchema>;

/** The true cost: the annualised rate of what was really received and paid, and the sums behind it. */
export const trueCostSchema = z.object({
  /** Monthly IRR × 12, percent, two decimals: simple (单利), and labelled so wherever it is shown. */
  apr: z.number(),
  /** Always true: `apr` is a simple annualisation. */
  simple: z.literal(true),
  /** (1 + monthly IRR)^12 − 1, percent, two decimals. */
  compounded: z.number(),
  /** What reached the borrower: principal − upfrontFee, yuan. */
  received: z.number(),
  /** Every instalment with its fees, yuan. */
  totalPaid: z.number(),
  /** What the money cost: totalPaid − received, yuan (the upfront fee included). */
  cost: z.number(),
  /** What is paid at the end of each month (instalment + fee), yuan, the first month first. */
  payments: z.array(z.number()),
  /** The monthly IRR as a fraction (0.0473 for 4.73% a month), unrounded, for schedules. */
  monthlyIrr: z.number(),
});

export type TrueCost = z.infer<typeof trueCostSchema>;

/** Works out the true cost; throws an Error with a one-line message on an invalid request. */
export function trueCost(request: TrueCostRequest): TrueCost {
  const { principal, upfrontFee, payment = 0, terms = 0, instalments, monthlyFee } = parseRequest(trueCostRequestSchema, request, 'true-cost request');
  const listed = instalments ?? Array.from({ length: terms }, () => payment);
  const payments = listed.map((instalment) => roundTo2(instalment + monthlyFee));
  const received = roundTo2(principal - upfrontFee);
  const totalPaid = roundTo2(payments.reduce((sum, p) => sum + p, 0));
  const irr = monthlyIrr(received, payments);
  return {
    apr: roundTo2(irr * 12 * 100),
    simple: true,
    compounded: roundTo2(((1 + irr) ** 12 - 1) * 100),
    received,
    totalPaid,
    cost: roundTo2(totalPaid - received),
    payments,
    monthlyIrr: irr,
  };
}

/**
 * How a true rate stands against an advertised one (CONTRACT §4b: a difference of a point or more is said
 * plainly): 'higher' or 'lower' by at least one percentage point, else 'same'.
 */
export function comparedWithAdvertised(trueApr: number, advertisedApr: number): 'higher' | 'lower' | 'same' {
  const points = Math.round((trueApr - advertisedApr) * 100) / 100;
  return points >= 1 ? 'higher' : points <= -1 ? 'lower' : 'same';
}
