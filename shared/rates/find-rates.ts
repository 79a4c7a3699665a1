/**
 * Finding every interest or fee quote in a page's text (Simplified, Traditional or English) with its
 * annualised rate (CONTRACT §4). Matching runs on the length-preserving fold of the text, so each quote is
 * sliced from the original with the same offsets. Linear in the text's length, and never throws.
 */
import { z } from 'zod';
import { foldForMatch } from '../text/normalize.ts';
import { annualise, DEFAULT_FEE_TERMS, isPlausibleRate, ratePeriodSchema } from './apr.ts';
import { findInstalmentCount } from './instalment-count.ts';
import { isBenchmarkOrCeiling } from './rate-context.ts';
import { isFormulaOrExample } from './worked-example.ts';
import { scanLabelled, scanPerThousand, scanSuffixed, type RateCandidate } from './scan-rates.ts';

/** What a quoted rate is charged on. */
export const rateBasisSchema = z.enum(['declining-balance', 'fee-on-principal', 'stated-annual']);

/** One rate quote found in a text. */
export const rateQuoteSchema = z.object({
  /** The quote exactly as written: `text.slice(start, end)`, e.g. 日利率0.05% or 萬分之6/天. */
  quote: z.string().min(1),
  /** Offset of the quote's first UTF-16 unit in the text. */
  start: z.number().int().nonnegative(),
  /** Offset just after the quote's last UTF-16 unit. */
  end: z.number().int().positive(),
  /** The quoted rate in percent per period (0.05 for 0.05% a day). */
  rate: z.number().positive(),
  /** The period the rate is charged for. */
  per: ratePeriodSchema,
  /** Interest on the declining balance, a monthly fee on the original principal, or an annual rate as stated. */
  basis: rateBasisSchema,
  /** Instalment count used for a fee on the principal (found nearby, or the assumed 12). */
  terms: z.number().int().positive().optional(),
  /** True when no instalment count was found near a fee on the principal and 12 was assumed. */
  assumedTerms: z.boolean().optional(),
  /** Annualised rate, simple (单利), percent, two decimals. */
  apr: z.number(),
  /** Compounded equivalent, (1 + periodic IRR)^periods − 1, percent, two decimals. */
  compounded: z.number(),
});

export type RateQuote = z.infer<typeof rateQuoteSchema>;

/** Keeps the earliest, then longest, of overlapping candidates; returns them in text order. */
function dropOverlaps(candidates: RateCandidate[]): RateCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RateCandidate[] = [];
  let lastEnd = 0;
  for (const candidate of sorted) {
    if (candidate.start < lastEnd) continue;
    kept.push(candidate);
    lastEnd = candidate.end;
  }
  return kept;
}

function toQuote(text: string, folded: string, candidate: RateCandidate): RateQuote {
  const { start, end, per, basis } = candidate;
  const rate = Number(candidate.percent.toPrecision(12));
  const quote = text.slice(start, end);
  if (basis !== 'fee-on-principal') {
    const { apr, compounded } = annualise({ rate, per, feeOnPrincipal: false });
    return { quote, start, end, rate, per, basis, apr, compounded };
  }
  const found = findInstalmentCount(folded, start, end);
  const { apr, compounded } = annualise({ rate, per, feeOnPrincipal: true, terms: found ?? DEFAULT_FEE_TERMS });
  return { quote, start, end, rate, per, basis, terms: found ?? DEFAULT_FEE_TERMS, assumedTerms: found === undefined, apr, compounded };
}

/** Every rate quote in `text`, in text order, without overlaps, benchmarks (LPR), legal ceilings, formulas or worked examples. */
export function findRates(text: string): RateQuote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const folded = foldForMatch(text);
  if (folded.length !== text.length) return [];
  const candidates = [...scanLabelled(folded), ...scanSuffixed(folded), ...scanPerThousand(folded)].filter(
    (candidate) => isPlausibleRate(candidate.percent, candidate.per) && !isBenchmarkOrCeiling(folded, candidate.start, candidate.end)
      && !isFormulaOrExample(folded, candidate.start, candidate.end),
  );
  return dropOverlaps(candidates).map((candidate) => toQuote(text, folded, candidate));
}
