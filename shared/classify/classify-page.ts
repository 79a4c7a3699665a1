/**
 * The page classifier: (url, visible text, title) → lender, product, page kind, rates and guides
 * (CONTRACT §3, §6). Pure and browser-safe: the CLI, the extension and the tests all call this.
 */
import { z } from 'zod';
import { findMentions, mainProduct, namedLenderIds } from '../lenders/find-mentions.ts';
import { hostNamesItself } from '../lenders/host-brand.ts';
import { lookalikeLender } from '../lenders/lookalike.ts';
import { lenderForUrl } from '../lenders/registry.ts';
import { checkMessage } from '../messages/check-message.ts';
import { findRates } from '../rates/find-rates.ts';
import { findPageCost, pageCostSchema } from '../rates/page-cost.ts';
import { rateQualifierSchema } from '../rates/rate-qualifiers.ts';
import { foldForMatch } from '../text/normalize.ts';
import { guidesForPage } from './page-guides.ts';
import { decidePageKind, pageKindSchema } from './page-kind.ts';

export { pageKindSchema };

/** One rate found on the page with its annualised (simple) rate. */
export const pageRateSchema = z.object({
  /** The words on the page, e.g. 日利率0.05%. */
  quote: z.string(),
  /** Annualised rate, percent, simple (单利), two decimals. */
  apr: z.number(),
  /** The compounded equivalent, percent. */
  compounded: z.number(),
  /** True when a fee's instalment count was not on the page and 12 was assumed. */
  assumedTerms: z.boolean(),
  /** The lowest or highest rate offered, a discount of another quote, or the overdue rate (absent for a plain quote). */
  qualifier: rateQualifierSchema.optional(),
});

export const pageClassificationSchema = z.object({
  /** Lender id (CONTRACT §1), from the host, or from text naming exactly one lender. */
  lender: z.string().nullable(),
  /** Product id of that lender, or null. */
  product: z.string().nullable(),
  pageKind: pageKindSchema,
  /** Every rate quote on the page (none on `other` pages, nor on relief-scam pages, whose rates are other lenders'). */
  rates: z.array(pageRateSchema),
  /** Content slugs to read, most relevant first. */
  guides: z.array(z.string()),
  /** Collection-message rules the page text breaks (collection notices only). */
  flags: z.array(z.string()),
  /** The true cost from the amounts the page shows (CONTRACT §4b), or null when it shows too few (and on `other` pages). */
  cost: pageCostSchema.nullable(),
  /** The lender whose domain or brand the host imitates without being it (SPEC §6), or null. */
  lookalike: z.string().nullable(),
});

export type PageClassification = z.infer<typeof pageClassificationSchema>;
export type PageInput = { url: string; text: string; title?: string };

export function classifyPage({ url, text, title = '' }: PageInput): PageClassification {
  const fullText = title ? `${title}\n${text}` : text;
  const folded = foldForMatch(fullText);
  const hostLender = lenderForUrl(url);
  const lookalike = lookalikeLender(url);
  const mentions = findMentions(fullText, hostLender?.id);
  const named = namedLenderIds(mentions);
  const textLender = named.length === 1 ? named[0] : undefined;
  const rates = findRates(text).map((r) => ({ quote: r.quote, apr: r.apr, compounded: r.compounded, assumedTerms: r.assumedTerms ?? false, ...(r.qualifier ? { qualifier: r.qualifier } : {}) }));
  const flags = checkMessage(text).flags.map((flag) => flag.rule);
  const pageKind = decidePageKind({ folded, foldedTitle: foldForMatch(title), onLenderHost: Boolean(hostLender), onLookalikeHost: lookalike !== null, hostNamesItself: hostNamesItself(url, text, title), namesOneLender: Boolean(textLender), hasRates: rates.length > 0, flags });
  if (pageKind === 'other') {
    return { lender: hostLender?.id ?? null, product: null, pageKind, rates: [], guides: [], flags: [], cost: null, lookalike };
  }
  const lender = hostLender?.id ?? textLender ?? null;
  const product = lender ? mainProduct(mentions, lender) : null;
  const shownFlags = pageKind === 'collection-notice' ? flags : [];
  const guides = guidesForPage({ pageKind, lender, product, flags: shownFlags, folded });
  // A relief-scam page quotes other lenders' rates and amounts, never its own.
  if (pageKind === 'relief-scam') return { lender, product, pageKind, rates: [], guides, flags: shownFlags, cost: null, lookalike };
  return { lender, product, pageKind, rates, guides, flags: shownFlags, cost: findPageCost(text), lookalike };
}
