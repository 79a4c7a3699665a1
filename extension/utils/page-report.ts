/**
 * What the panel and the popup show about a page: the classifier's answer turned into words in one language
 * (kind, lender, rates, and three to five points that each link to a guide). Pure: the caller passes the
 * bundled texts.
 */
import type { PageClassification } from '@debtguide/shared/classify';
import type { Lender } from '@debtguide/shared/lenders';
import { comparedWithAdvertised } from '@debtguide/shared/true-cost';
import type { MessageFlag } from '@debtguide/shared/messages';
import type { GuideTexts, Lang, RuleTexts } from './bundled-texts.ts';
import { pagePoints, type ReportPoint } from './page-points.ts';

export type PageKind = PageClassification['pageKind'];
/** The kinds the extension speaks up on. */
export type ReportKind = Exclude<PageKind, 'other'>;
export type PageRate = PageClassification['rates'][number];
export type PageCost = NonNullable<PageClassification['cost']>;

/**
 * The true cost (CONTRACT §4b) beside the advertised rate it is measured against: of the page's rates that
 * are not the overdue rate, the one nearest the true rate (so a difference is never overstated), and whether
 * the true rate is a point or more above or below it.
 */
export type ReportCost = PageCost & { advertised: { quote: string; apr: number } | null; standing: 'higher' | 'lower' | 'same' | null };
export type { ReportPoint } from './page-points.ts';

export type PageReport = {
  /** The page's address when it was read. */
  url: string;
  /** The language of every text in the report. */
  lang: Lang;
  pageKind: ReportKind;
  /** The site to mute for this page: the lender domain it is on, else its host. */
  site: string;
  lender: { id: string; name: string } | null;
  product: { id: string; name: string } | null;
  /** Every rate on the page with its annualised (simple) and compounded rate. */
  rates: PageRate[];
  /** The true cost from the amounts the page shows, beside the advertised rate; null when it shows too few. */
  cost: ReportCost | null;
  /** Three to five things to know, most important first; each links to a guide. */
  points: ReportPoint[];
  /** Rates, the true cost and collection-rule flags (and a look-alike host): the number on the toolbar badge. */
  findings: number;
  /** The lender the page's host imitates, with its real domains (a red warning), or null. */
  lookalike: { id: string; name: string; domains: string[] } | null;
};

export type ReportTexts = { guideTexts: GuideTexts; ruleTexts: RuleTexts };

export type ReportInput = {
  url: string;
  classification: PageClassification;
  /** The message checker's flags on the page text, for their evidence (only those the classifier kept are used). */
  flags: readonly MessageFlag[];
  /** The lender registry entry of `classification.lender`, if any. */
  lender: Lender | undefined;
  /** The registry entry of `classification.lookalike`, the lender the host imitates, if any. */
  imitated?: Lender | undefined;
  /** The site key for muting. */
  site: string;
  lang: Lang;
};

/** The display name in `lang`; in English a product's Chinese name follows, as the page shows it (Wangshangdai 网商贷). */
export function displayName(names: Lender['names'], lang: Lang, withChinese = false): string {
  const zh = names.zhHans[0] ?? '';
  if (lang === 'zh-hans') return zh;
  if (lang === 'zh-hant') return names.zhHant[0] ?? zh;
  const en = names.en[0] ?? zh;
  return withChinese && zh && !en.includes(zh) ? `${en} (${zh})` : en;
}

/** The true cost beside the advertised rate nearest it; null when the page shows no cost. */
export function costBesideAdvertised(cost: PageCost | null, rates: readonly PageRate[]): ReportCost | null {
  if (!cost) return null;
  const advertised = rates.filter((rate) => rate.qualifier !== 'overdue').reduce<PageRate | undefined>(
    (best, rate) => (best === undefined || Math.abs(rate.apr - cost.apr) < Math.abs(best.apr - cost.apr) ? rate : best),
    undefined,
  );
  if (!advertised) return { ...cost, advertised: null, standing: null };
  return { ...cost, advertised: { quote: advertised.quote, apr: advertised.apr }, standing: comparedWithAdvertised(cost.apr, advertised.apr) };
}

/** The report for a classified page, or null on an `other` page (the extension stays silent there). */
export function buildPageReport(input: ReportInput, texts: ReportTexts): PageReport | null {
  const { classification, lang, lender, imitated } = input;
  if (classification.pageKind === 'other') return null;
  const product = lender?.products.find((p) => p.id === classification.product);
  const kept = input.flags.filter((flag) => classification.flags.includes(flag.rule));
  return {
    url: input.url,
    lang,
    pageKind: classification.pageKind,
    site: input.site,
    lender: lender ? { id: lender.id, name: displayName(lender.names, lang) } : null,
    product: product ? { id: product.id, name: displayName(product.names, lang, true) } : null,
    rates: classification.rates,
    cost: costBesideAdvertised(classification.cost, classification.rates),
    points: pagePoints({ pageKind: classification.pageKind, guides: classification.guides, flags: kept }, texts.guideTexts[lang], texts.ruleTexts[lang]),
    findings: classification.rates.length + (classification.cost ? 1 : 0) + classification.flags.length + (imitated ? 1 : 0),
    lookalike: imitated ? { id: imitated.id, name: displayName(imitated.names, lang), domains: imitated.domains } : null,
  };
}
