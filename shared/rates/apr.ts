/**
 * Annualising a rate the way the People's Bank of China asks it to be disclosed (CONTRACT §4): a simple
 * (单利) annual rate from the periodic internal rate of return, with the compounded equivalent beside it.
 * This is what `debtguide apr` prints, and what every rate quote found on a page carries.
 */
import { z } from 'zod';
import { foldForMatch } from '../text/normalize.ts';
import { monthlyIrrOfFlatFee, roundTo2 } from './irr.ts';
import { parseRequest } from './parse-request.ts';
import { readDecimal, readRateValue } from './rate-value.ts';

/** How often a rate is charged. */
export const ratePeriodSchema = z.enum(['day', 'month', 'year']);

/** Instalment count assumed when a fee on the principal is quoted without one (CONTRACT §4). */
export const DEFAULT_FEE_TERMS = 12;

const PERIODS_PER_YEAR: Readonly<Record<z.infer<typeof ratePeriodSchema>, number>> = { day: 365, month: 12, year: 1 };
const DAYS_PER_PERIOD: Readonly<Record<z.infer<typeof ratePeriodSchema>, number>> = { day: 1, month: 30, year: 365 };

/** A rate is plausible when it is positive and at most 100% a day (or the same spread over a month or year). */
export function isPlausibleRate(rate: number, per: z.infer<typeof ratePeriodSchema>): boolean {
  return Number.isFinite(rate) && rate > 0 && rate / DAYS_PER_PERIOD[per] <= 100;
}

/** What to annualise: the input of `debtguide apr`. */
export const aprRequestSchema = z
  .object({
    /** The rate in percent per period (0.05 for 0.05% a day); must be positive. */
    rate: z.number().positive().finite(),
    /** The period the rate is charged for. */
    per: ratePeriodSchema,
    /** True for a monthly fee on the original principal (月费率, 每期手续费率), false for interest on the balance. */
    feeOnPrincipal: z.boolean().default(false),
    /** Number of monthly instalments; used only with `feeOnPrincipal` (12 is assumed when missing). */
    terms: z.number().int().min(1).max(600).optional(),
  })
  .refine((request) => isPlausibleRate(request.rate, request.per), {
    message: 'the rate is implausibly high (more than 100% a day)',
    path: ['rate'],
  })
  .refine((request) => !request.feeOnPrincipal || request.per === 'month', {
    message: 'a fee on the original principal is charged per month: use per "month"',
    path: ['per'],
  });

export type AprRequest = z.input<typeof aprRequestSchema>;

/** The annualised rate (the JSON printed by `debtguide apr`). */
export const aprResultSchema = z.object({
  /** Annualised rate, simple (单利): periodic IRR × periods a year, percent, two decimals. */
  apr: z.number(),
  /** Always true: `apr` is a simple annualisation and must be labelled so (年化利率（单利）). */
  simple: z.literal(true),
  /** Compounded equivalent, (1 + periodic IRR)^periods − 1, percent, two decimals. */
  compounded: z.number(),
  /** Present when a fee's instalment count was not given and this many instalments were assumed. */
  assumedTerms: z.number().int().optional(),
});

export type AprResult = z.infer<typeof aprResultSchema>;

/** Annualises a periodic rate; throws an Error with a one-line message on an invalid request. */
export function annualise(request: AprRequest): AprResult {
  const { rate, per, feeOnPrincipal, terms } = parseRequest(aprRequestSchema, request, 'apr request');
  const periods = PERIODS_PER_YEAR[per];
  let periodic = rate / 100;
  let assumedTerms: number | undefined;
  if (feeOnPrincipal) {
    if (terms === undefined) assumedTerms = DEFAULT_FEE_TERMS;
    periodic = monthlyIrrOfFlatFee(periodic, terms ?? DEFAULT_FEE_TERMS);
  }
  const apr = roundTo2(periodic * periods * 100);
  const compounded = roundTo2(((1 + periodic) ** periods - 1) * 100);
  return assumedTerms === undefined ? { apr, simple: true, compounded } : { apr, simple: true, compounded, assumedTerms };
}

/**
 * Reads the `--rate` argument of `debtguide apr`: a percentage such as "0.05%", "0.05" (also taken as
 * percent), "0.5‰", "万分之5" or "万分之五". Strict: anything else, or a rate that is not positive, throws.
 */
export function parseRateArgument(argument: string): number {
  const text = foldForMatch(String(argument)).trim();
  const withUnit = readRateValue(text, 0);
  const bare = withUnit ? undefined : readDecimal(text, 0);
  const percent = withUnit?.percent ?? bare?.value;
  const end = withUnit?.end ?? bare?.end;
  if (percent === undefined || end !== text.length) {
    throw new Error(`invalid rate "${argument}": give a percentage such as 0.05%, 0.05 or 万分之5`);
  }
  if (!(percent > 0)) throw new Error(`invalid rate "${argument}": the rate must be greater than zero`);
  return percent;
}
