/**
 * The lines a rate is usually measured against (rights/interest-limits), with the citations taken from
 * the content pages at build time, never written here. Pure: the pages' citations come in as a parameter.
 */
import type { Citation } from '@debtguide/shared/content/schema';

/**
 * The one-year LPR the 4×LPR line is drawn from: 3.0% since May 2025 according to public sources, as the
 * interest-limits page says. The page tells the reader to check the current figure.
 */
export const ONE_YEAR_LPR = { percent: 3.0, since: '2025-05' } as const;

export type RateLineId = 'lpr4' | 'financial24' | 'old36';

export type RateLine = {
  id: RateLineId;
  /** Where the line is, percent a year. */
  percent: number;
  /** The citations behind it, from the pages (may be empty if a page stops citing it). */
  citations: Citation[];
};

/** How to recognise each line's sources among a page's citations (the texts hold the official Chinese titles). */
const SOURCES: Record<RateLineId | 'simple', Array<(c: Citation) => boolean>> = {
  lpr4: [
    (c) => /民[间間]借[贷貸]/.test(c.document) && c.document.includes('2020') && !/批[复覆]/.test(c.document),
    (c) => /适用范围|適用範圍/.test(c.document) && /批[复覆]/.test(c.document),
  ],
  financial24: [(c) => c.document.includes('2017〕22')],
  old36: [(c) => c.document.includes('2015〕18')],
  simple: [(c) => c.document.includes('2021〕第3')],
};

/** The first citation matching each source of a line, in source order, from the given citations. */
function pick(matchers: Array<(c: Citation) => boolean>, citations: readonly Citation[]): Citation[] {
  return matchers.flatMap((matches) => citations.find(matches) ?? []);
}

/** The three lines, lowest first, with their citations found in `citations` (interest-limits page first). */
export function rateLines(citations: readonly Citation[]): RateLine[] {
  return [
    { id: 'lpr4', percent: ONE_YEAR_LPR.percent * 4, citations: pick(SOURCES.lpr4, citations) },
    { id: 'financial24', percent: 24, citations: pick(SOURCES.financial24, citations) },
    { id: 'old36', percent: 36, citations: pick(SOURCES.old36, citations) },
  ];
}

/** The citation behind labelling an annualised rate "simple" (PBOC Announcement No. 3 of 2021). */
export function simpleRateCitation(citations: readonly Citation[]): Citation | undefined {
  return pick(SOURCES.simple, citations)[0];
}

/** Where an annualised rate stands against a line: above it, at it, or below it (to two decimals). */
export function standing(apr: number, line: Pick<RateLine, 'percent'>): 'above' | 'at' | 'below' {
  const difference = Math.round((apr - line.percent) * 100);
  return difference > 0 ? 'above' : difference < 0 ? 'below' : 'at';
}

/** "2025-05" as the reader writes a month: 2025年5月, or May 2025. */
export function formatMonth(yearMonth: string, lang: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  if (lang !== 'en') return `${year}年${month}月`;
  return `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
}
