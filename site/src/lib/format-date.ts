/** A `YYYY-MM-DD` day as readers write it: 2026年11月24日 / 24 November 2026. */
import type { ContentLang } from '@debtguide/shared/content/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(day: string, lang: ContentLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  if (lang === 'en') return `${Number(date)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
  return `${year}年${Number(month)}月${Number(date)}日`;
}
