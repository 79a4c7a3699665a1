/**
 * The true cost of the loan a page shows (CONTRACT §4b, §6 `cost`), worked out only from amounts the page
 * states: what the borrower receives (said outright, or the loan amount less fees taken at payout), each
 * instalment (equal, with a different first one, or listed in a plan table) and the number of them, and
 * fees paid with each instalment. When anything needed is missing, unclear (a fee without saying when it
 * is paid) or contradictory (two loan amounts), the answer is null: never a guess.
 */
import { z } from 'zod';
import { foldForMatch } from '../text/normalize.ts';
import { scanAmounts, type PageAmount } from './page-amounts.ts';
import { findPlanTables } from './plan-table.ts';
import { trueCost, trueCostRequestSchema } from './true-cost.ts';

/** The true cost of the loan on a page, and the amounts it was worked out from. */
export const pageCostSchema = z.object({
  /** What reaches the borrower, in the page's currency. */
  received: z.number(),
  /** Monthly IRR × 12, percent, two decimals, simple (单利). */
  apr: z.number(),
  /** (1 + monthly IRR)^12 − 1, percent, two decimals. */
  compounded: z.number(),
  /** Every instalment with its fees. */
  totalPaid: z.number(),
  /** totalPaid − received: what the money costs. */
  cost: z.number(),
  /** Number of monthly instalments. */
  terms: z.number().int().positive(),
  /** Taken at payout or paid before it (loan amount − received); 0 when none is shown. */
  upfrontFee: z.number(),
  /** Fees paid with each instalment on top of it; 0 when none is shown. */
  monthlyFee: z.number(),
});

export type PageCost = z.infer<typeof pageCostSchema>;

/** The one value the page gives for `role`, undefined when it gives none, null when it gives two different ones. */
function single(amounts: readonly PageAmount[], role: PageAmount['role']): number | undefined | null {
  const values = new Set(amounts.filter((a) => a.role === role).map((a) => a.value));
  if (values.size > 1) return null;
  return values.values().next().value;
}

/** The sum of the distinct fees with `timing` (the same fee repeated on the page counts once). */
function feeSum(folded: string, fees: readonly PageAmount[], timing: PageAmount['timing']): number {
  const distinct = new Map<string, number>();
  for (const fee of fees.filter((f) => f.timing === timing)) distinct.set(`${folded.slice(fee.start, fee.start + 3)}:${fee.value}`, fee.value);
  return [...distinct.values()].reduce((sum, value) => sum + value, 0);
}

/** The instalment count: said beside the instalment, else the one labelled count; null when they disagree. */
function countOf(amounts: readonly PageAmount[]): number | undefined | null {
  const beside = new Set(amounts.filter((a) => a.role === 'instalment' && a.terms !== undefined).map((a) => a.terms));
  if (beside.size > 1) return null;
  if (beside.size === 1) return beside.values().next().value;
  return single(amounts, 'terms');
}

/** Each instalment of the plan before fees paid beside it, or undefined when the page does not show them all. */
function instalmentsOf(folded: string, amounts: readonly PageAmount[], terms: number | undefined | null): number[] | undefined {
  const regular = single(amounts, 'instalment');
  const first = single(amounts, 'first-instalment');
  if (regular === null || first === null || terms === null) return undefined;
  const tables = findPlanTables(folded);
  if (regular === undefined) {
    if (tables.length !== 1 || terms === undefined) return undefined;
    const listed = (tables[0] as { instalments: number[] }).instalments;
    if (listed.length === terms) return listed;
    const allEqual = listed.every((value) => value === listed[0]);
    return allEqual && listed.length < terms ? Array.from({ length: terms }, () => listed[0] as number) : undefined;
  }
  if (terms === undefined || terms < 1) return undefined;
  const plan = Array.from({ length: terms }, () => regular);
  if (first !== undefined) plan[0] = first;
  return plan;
}

/**
 * What reaches the borrower: the amount the page says arrives, less any fee paid before payout that the
 * loan amount does not already account for (a membership bought separately); else the loan amount less
 * the fees taken at payout.
 */
function receivedOf(stated: number | undefined, base: number | undefined, upfront: number): number | undefined {
  if (stated === undefined) return base === undefined ? undefined : base - upfront;
  const deducted = base === undefined ? 0 : base - stated;
  return upfront - deducted > 0.005 ? stated - (upfront - deducted) : stated;
}

/** The true cost of the loan shown in `text` (a page's visible text), or null when it does not show enough. */
export function findPageCost(text: string): PageCost | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const folded = foldForMatch(text);
  if (folded.length !== text.length) return null;
  const amounts = scanAmounts(folded);
  const fees = amounts.filter((a) => a.role === 'fee' && a.value > 0);
  if (fees.some((fee) => fee.timing === 'unknown')) return null;
  const principal = single(amounts, 'principal') ?? undefined;
  const stated = single(amounts, 'received');
  const disbursed = single(amounts, 'disbursed');
  if (single(amounts, 'principal') === null || stated === null || disbursed === null) return null;
  const upfront = feeSum(folded, fees, 'at-payout');
  const base = principal ?? disbursed;
  const received = receivedOf(stated, base, upfront);
  if (received === undefined || !(received > 0) || (base !== undefined && received > base)) return null;
  const instalments = instalmentsOf(folded, amounts, countOf(amounts));
  if (!instalments) return null;
  const feesInside = amounts.some((a) => a.includesFees);
  const monthlyFee = feesInside ? 0 : feeSum(folded, fees, 'per-instalment');
  const request = { principal: base ?? received, upfrontFee: (base ?? received) - received, instalments, monthlyFee };
  if (instalments.reduce((sum, value) => sum + value + monthlyFee, 0) < received || !trueCostRequestSchema.safeParse(request).success) return null;
  const result = trueCost(request);
  return {
    received: result.received,
    apr: result.apr,
    compounded: result.compounded,
    totalPaid: result.totalPaid,
    cost: result.cost,
    terms: instalments.length,
    upfrontFee: Math.round(request.upfrontFee * 100) / 100,
    monthlyFee: Math.round(monthlyFee * 100) / 100,
  };
}
