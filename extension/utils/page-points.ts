/**
 * The three to five points the panel makes for each kind of page, each linking to a guide. The guides are the
 * classifier's (`classification.guides`, most relevant first); this file only decides which of them to
 * show, under which heading, for each kind of page:
 *
 * - overdue: what happens next, your rights, hardship options, where to complain, the product;
 * - collection-notice: the message checker's flags with their evidence, then what to do, where to complain,
 *   your rights;
 * - relief-scam: a clear warning and why (the relief-scam rule), then the free ways to get the same help;
 * - loan-offer / repayment: the true cost and the interest limits, or the hardship options, and the product.
 */
import type { MessageFlag } from '@debtguide/shared/messages';
import type { GuideText, RuleText } from './bundled-texts.ts';
import type { ReportKind } from './page-report.ts';

export type PointRole = 'next' | 'rights' | 'options' | 'complain' | 'product' | 'lender' | 'cost' | 'limits' | 'warning' | 'free' | 'flag';

export type ReportPoint = {
  /** Which heading the point goes under. */
  role: PointRole;
  /** The guide to read (CONTRACT §2 slug). */
  slug: string;
  title: string;
  /** One or two sentences: the guide's summary, or the rule's reason. */
  text: string;
  /** For a flag: the words on the page that broke the rule. */
  evidence?: string;
};

/** A point taken from the first unused guide in one of `sections` (the slug's first part). */
type Step = { role: PointRole; sections: readonly string[] };

export const MAX_POINTS = 5;
/** Flags shown as points on a collection notice; the rest of the five are kept for what to do and where to complain. */
export const MAX_FLAG_POINTS = 3;

const PLAN: Record<ReportKind, readonly Step[]> = {
  overdue: [
    { role: 'next', sections: ['scenarios'] },
    { role: 'rights', sections: ['rights'] },
    { role: 'options', sections: ['hardship'] },
    { role: 'complain', sections: ['channels'] },
    { role: 'product', sections: ['products', 'lenders'] },
  ],
  'collection-notice': [
    { role: 'next', sections: ['scenarios'] },
    { role: 'complain', sections: ['channels'] },
    { role: 'rights', sections: ['rights'] },
  ],
  'relief-scam': [
    { role: 'free', sections: ['hardship'] },
    { role: 'free', sections: ['hardship'] },
    { role: 'complain', sections: ['channels'] },
  ],
  'loan-offer': [
    { role: 'cost', sections: ['tools'] },
    { role: 'limits', sections: ['rights'] },
    { role: 'product', sections: ['products'] },
    { role: 'lender', sections: ['lenders'] },
  ],
  repayment: [
    { role: 'cost', sections: ['tools'] },
    { role: 'options', sections: ['hardship'] },
    { role: 'options', sections: ['hardship'] },
    { role: 'product', sections: ['products', 'lenders'] },
  ],
};

export type PointInput = {
  pageKind: ReportKind;
  /** The classifier's guides, most relevant first. */
  guides: readonly string[];
  /** The flags to show (collection notices), in rule order. */
  flags: readonly Pick<MessageFlag, 'rule' | 'evidence' | 'guides'>[];
};

/** The points for a page, in the order to show them; guides without bundled text are skipped. */
export function pagePoints({ pageKind, guides, flags }: PointInput, guideTexts: Record<string, GuideText>, ruleTexts: Record<string, RuleText>): ReportPoint[] {
  const points: ReportPoint[] = [];
  const used = new Set<string>();
  const guidePoint = (role: PointRole, slug: string): ReportPoint | null => {
    const text = guideTexts[slug];
    return text ? { role, slug, title: text.title, text: text.summary } : null;
  };

  if (pageKind === 'collection-notice') {
    for (const flag of flags.slice(0, MAX_FLAG_POINTS)) {
      const rule = ruleTexts[flag.rule];
      const slug = flag.guides[0];
      if (!rule || !slug) continue;
      points.push({ role: 'flag', slug, title: rule.title, text: rule.reason, evidence: flag.evidence });
      used.add(slug);
    }
  }
  if (pageKind === 'relief-scam') {
    const rule = ruleTexts['relief-scam'];
    const slug = guides.find((g) => g.startsWith('scenarios/')) ?? 'scenarios/relief-scam-offer';
    if (rule) {
      points.push({ role: 'warning', slug, title: rule.title, text: rule.reason });
      used.add(slug);
    }
  }
  for (const step of PLAN[pageKind]) {
    if (points.length >= MAX_POINTS) break;
    const slug = guides.find((g) => !used.has(g) && step.sections.includes(g.split('/')[0] ?? '') && guideTexts[g]);
    if (!slug) continue;
    const point = guidePoint(step.role, slug);
    if (point) {
      points.push(point);
      used.add(slug);
    }
  }
  return points;
}
