import { getRule } from '../messages/check-message.ts';
import { lenderGuideSlugs } from '../lenders/registry.ts';
import type { PageKind } from './page-kind.ts';

/** The guides each kind of page needs, most useful first (CONTRACT §2 slugs). */
const GUIDES_BY_KIND: Record<PageKind, string[]> = {
  'loan-offer': ['tools/apr-calculator', 'rights/interest-limits'],
  repayment: ['tools/apr-calculator', 'hardship/personalized-installments', 'hardship/prioritising-debts'],
  overdue: ['scenarios/first-missed-payment', 'rights/credit-report', 'hardship/negotiated-repayment', 'hardship/deferral', 'rights/collection-conduct', 'channels/lender-complaint'],
  'collection-notice': ['rights/collection-conduct', 'scenarios/third-party-agency-calls', 'rights/fake-legal-threats', 'channels/nfra-12378'],
  'relief-scam': ['scenarios/relief-scam-offer', 'hardship/negotiated-repayment', 'hardship/personalized-installments'],
  other: [],
};

export type GuideInput = { pageKind: PageKind; lender: string | null; product: string | null; flags: string[]; folded: string };

/** Lender and product guides first, then the kind's guides, then those of each broken rule; no repeats. */
export function guidesForPage({ pageKind, lender, product, flags, folded }: GuideInput): string[] {
  if (pageKind === 'other') return [];
  const slugs: string[] = lender ? lenderGuideSlugs(lender, product) : [];
  if (pageKind === 'collection-notice' && folded.includes('律师函')) slugs.push('scenarios/lawyer-letter');
  slugs.push(...GUIDES_BY_KIND[pageKind]);
  for (const rule of flags) slugs.push(...(getRule(rule)?.guides ?? []));
  return [...new Set(slugs)];
}
