/**
 * What the panel and the popup show about a page: the classifier's answer turned into words in one language
 * (kind, lender, rates, and three to five points that each link to a guide). Pure: the caller passes the
 * bundled texts.
 */
import type { PageClassification } from '@debtguide/shared/classify';
import type { Lender } from '@debtguide/shared/lenders';
import type { MessageFlag } from '@debtguide/shared/messages';
import type { GuideTexts, Lang, RuleTexts } from './bundled-texts.ts';
import { pagePoints, type ReportPoint } from './page-points.ts';

export type PageKind = PageClassification['pageKind'];
/** The kinds the extension speaks up on. */
export type ReportKind = Exclude<PageKind, 'other'>;
export type PageRate = PageClassification['rates'][number];
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
  /** Three to five things to know, most important first; each links to a guide. */
  points: ReportPoint[];
  /** Rates plus collection-rule flags (and a look-alike host): the number on the toolbar badge. */
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
    points: pagePoints({ pageKind: classification.pageKind, guides: classification.guides, flags: kept }, texts.guideTexts[lang], texts.ruleTexts[lang]),
    findings: classification.rates.length + classification.flags.length + (imitated ? 1 : 0),
    lookalike: imitated ? { id: imitated.id, name: displayName(imitated.names, lang), domains: imitated.domains } : null,
  };
}
