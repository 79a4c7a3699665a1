/**
 * Finding every interest or fee quote in a page's text (Simplified, Traditional or English) with its
 * annualised rate (CONTRACT §4). Matching runs on the length-preserving fold of the text, so each quote is
 * sliced from the original with the same offsets. Linear in the text's length, and never throws.
 */
import { z } from 'zod';
import { foldForMatch } from '../text/normalize.ts';
import { annualise, DEFAULT_FEE_TERMS, isPlausibleRate, ratePeriodSchema } from './apr.ts';
import { findDerivedRates, type DerivedRate } from './derived-rates.ts';
import { findInstalmentCount } from './instalment-count.ts';
import { isBenchmarkOrCeiling, SENTENCE_ENDS } from './rate-context.ts';
import { qualifierOf, rateQualifierSchema } from './rate-qualifiers.ts';
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
  /** The lowest (低至, 起, from) or highest (最高, up to) rate offered, a discount of another quote, or the overdue rate. */
  qualifier: rateQualifierSchema.optional(),
  /** For a discount or an overdue markup: the quote it changes and by what factor (8折 0.8, 上浮50% 1.5). */
  derivedFrom: z.object({ quote: z.string(), factor: z.number().positive() }).optional(),
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

type Priced = Pick<RateQuote, 'start' | 'end' | 'rate' | 'per' | 'basis'> & { terms?: number; assumedTerms?: boolean };

/** A quote's annualised rates, with the instalment count of a fee on the principal. */
function priced(text: string, { start, end, rate, per, basis, terms, assumedTerms }: Priced, qualifier?: RateQuote['qualifier']): RateQuote {
  const quote = text.slice(start, end);
  const withQualifier = qualifier ? { qualifier } : {};
  if (basis !== 'fee-on-principal') {
    const { apr, compounded } = annualise({ rate, per, feeOnPrincipal: false });
    return { quote, start, end, rate, per, basis, apr, compounded, ...withQualifier };
  }
  const { apr, compounded } = annualise({ rate, per, feeOnPrincipal: true, terms });
  return { quote, start, end, rate, per, basis, terms, assumedTerms, apr, compounded, ...withQualifier };
}

function toQuote(text: string, folded: string, candidate: RateCandidate): RateQuote {
  const { start, end, per, basis } = candidate;
  const rate = Number(candidate.percent.toPrecision(12));
  const found = basis === 'fee-on-principal' ? findInstalmentCount(folded, start, end) : undefined;
  const terms = basis === 'fee-on-principal' ? { terms: found ?? DEFAULT_FEE_TERMS, assumedTerms: found === undefined } : {};
  return priced(text, { start, end, rate, per, basis, ...terms }, qualifierOf(folded, start, end, candidate.rangeEnd));
}

/** A discount or markup of `base`, charged as it is. */
function toDerivedQuote(text: string, base: RateQuote, derived: DerivedRate): RateQuote | undefined {
  const rate = Number((base.rate * derived.factor).toPrecision(12));
  if (!isPlausibleRate(rate, base.per)) return undefined;
  const quote = priced(text, { ...base, start: derived.start, end: derived.end, rate }, derived.kind);
  return { ...quote, derivedFrom: { quote: base.quote, factor: derived.factor } };
}

/** True when the page states a derived rate's result itself, later in the same sentence (上浮50%，即按万分之6/天). */
function statedAfter(folded: string, derived: RateQuote, quotes: readonly RateQuote[]): boolean {
  const next = quotes.find((q) => q.start >= derived.end);
  if (!next || Math.abs(next.apr - derived.apr) > 0.01 || next.start - derived.end > 40) return false;
  return ![...folded.slice(derived.end, next.start)].some((ch) => SENTENCE_ENDS.includes(ch));
}

/**
 * Every rate quote in `text`, in text order, without overlaps, benchmarks (LPR), legal ceilings, formulas or
 * worked examples; with the discounts (8折) and overdue markups (罚息上浮50%) of those quotes.
 */
export function findRates(text: string): RateQuote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const folded = foldForMatch(text);
  if (folded.length !== text.length) return [];
  const candidates = [...scanLabelled(folded), ...scanSuffixed(folded), ...scanPerThousand(folded)].filter(
    (candidate) => isPlausibleRate(candidate.percent, candidate.per) && !isBenchmarkOrCeiling(folded, candidate.start, candidate.end)
      && !isFormulaOrExample(folded, candidate.start, candidate.end),
  );
  const quotes = dropOverlaps(candidates).map((candidate) => toQuote(text, folded, candidate));
  const derived = findDerivedRates(folded, quotes).flatMap((d) => toDerivedQuote(text, quotes[d.baseIndex] as RateQuote, d) ?? []);
  if (derived.length === 0) return quotes;
  const taken = (d: RateQuote) => quotes.some((q) => d.start < q.end && q.start < d.end);
  const kept = derived.filter((d) => !taken(d) && !statedAfter(folded, d, quotes));
  return [...quotes, ...kept].sort((a, b) => a.start - b.start);
}
