/** The slugs CONTRACT §2 requires in every language, and the problems for those that are missing. */
import type { LenderRef } from './lender-ref.ts';
import type { ContentProblem } from './problem.ts';

/** The fixed slugs of CONTRACT §2 that do not depend on the lender registry. */
export const FIXED_REQUIRED_SLUGS: readonly string[] = Object.entries({
  rights: [
    'collection-conduct', 'contact-hours', 'third-party-contact', 'privacy', 'home-visits', 'third-party-agencies',
    'fake-legal-threats', 'interest-limits', 'credit-report', 'lawsuits', 'criminal-liability-myths', 'limitation-period',
  ],
  hardship: ['negotiated-repayment', 'personalized-installments', 'deferral', 'penalty-reduction', 'prioritising-debts', 'cannot-pay'],
  channels: ['lender-complaint', 'nfra-12378', 'pboc-12363', 'police-110', 'telecom-12321', 'nifa-report', 'financial-mediation'],
  scenarios: [
    'collector-threatens', 'contacts-my-family', 'home-visit-announced', 'third-party-agency-calls', 'lawyer-letter',
    'sued-by-lender', 'relief-scam-offer', 'platform-closed', 'first-missed-payment',
  ],
  letters: ['hardship-request', 'complaint-12378', 'credit-objection', 'stop-third-party-contact'],
  tools: ['apr-calculator', 'message-checker'],
}).flatMap(([section, names]) => names.map((name) => `${section}/${name}`));

/** Every required slug: `lenders/<id>` and `products/<id>-<product>` for each lender, then the fixed ones. */
export function requiredSlugs(lenders: readonly LenderRef[]): string[] {
  return [
    ...lenders.map((lender) => `lenders/${lender.id}`),
    ...lenders.flatMap((lender) => lender.products.map((product) => `products/${lender.id}-${product}`)),
    ...FIXED_REQUIRED_SLUGS,
  ];
}

/**
 * A problem for each required slug that exists in no authored language, reported at the zh-hans file that
 * should hold it. (A page present in one language only is reported by the both-languages check.)
 */
export function missingRequiredSlugs(present: Iterable<string>, lenders: readonly LenderRef[]): ContentProblem[] {
  const have = new Set(present);
  return requiredSlugs(lenders)
    .filter((slug) => !have.has(slug))
    .map((slug) => ({
      file: `zh-hans/${slug}.md`,
      line: 1,
      message: `required page missing (CONTRACT §2): write zh-hans/${slug}.md and en/${slug}.md`,
    }));
}
