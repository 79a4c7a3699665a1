/**
 * From a page's HTML to what the extension says about it, with the shared engines only: visible text and
 * title (shared/classify/visible-text), the classifier, and the message checker for the flags' evidence.
 * Runs in the background (for the lender pages' panel) and in the popup ("check this page"), never on the
 * page's main thread.
 */
import { classifyPage } from '@debtguide/shared/classify';
import { extractTitle, extractVisibleText } from '@debtguide/shared/html';
import { getLender, hostMatchesDomain, lenderForUrl } from '@debtguide/shared/lenders';
import { checkMessage } from '@debtguide/shared/messages';
import type { Lang } from './bundled-texts.ts';
import guideTexts from './generated/guide-texts.ts';
import ruleTexts from './generated/rule-texts.ts';
import { buildPageReport, type PageReport } from './page-report.ts';

/** Longest visible text classified: a longer page is judged by its beginning (bounded work on huge pages). */
export const MAX_TEXT_CHARS = 300_000;

/** The site a page belongs to for muting: the lender domain it is on, else its host ('' for a bad URL). */
export function siteForUrl(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  return lenderForUrl(url)?.domains.find((domain) => hostMatchesDomain(host, domain)) ?? host;
}

export type PageSource = {
  url: string;
  /** The page's HTML (document.documentElement.outerHTML). */
  html: string;
  lang: Lang;
};

/** The report on a page, or null when the page is `other` (nothing to say). */
export function analysePage({ url, html, lang }: PageSource): PageReport | null {
  const text = extractVisibleText(html).slice(0, MAX_TEXT_CHARS);
  const classification = classifyPage({ url, text, title: extractTitle(html) });
  if (classification.pageKind === 'other') return null;
  const flags = classification.flags.length > 0 ? checkMessage(text).flags : [];
  return buildPageReport(
    {
      url,
      classification,
      flags,
      lender: classification.lender ? getLender(classification.lender) : undefined,
      imitated: classification.lookalike ? getLender(classification.lookalike) : undefined,
      site: siteForUrl(url),
      lang,
    },
    { guideTexts, ruleTexts },
  );
}
