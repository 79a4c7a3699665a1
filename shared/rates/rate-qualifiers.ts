/**
 * What a quoted rate claims to be: the lowest rate offered (低至, 最低, 起, "from", "as low as", the bottom of
 * a range) or the highest (最高, "up to", the top of a range). A "from" rate is the best a borrower may get,
 * not the rate every borrower pays: the panel and the calculator say so. Bounded windows of folded text.
 */
import { z } from 'zod';
import { containsAny, wordTable } from './phrase-table.ts';
import { clauseBefore } from './rate-context.ts';

/** How a quote qualifies its rate; derived rates (a discount, a penalty markup) say which. */
export const rateQualifierSchema = z.enum(['from', 'up-to', 'discounted', 'overdue']);
export type RateQualifier = z.infer<typeof rateQualifierSchema>;

const FROM_BEFORE = wordTable(['低至', '最低', '最低至', '最低仅', '仅需', 'from', 'as low as', 'starting at', 'starting from', 'low as']);
const UP_TO_BEFORE = wordTable(['最高', '最高至', '最多', 'up to', 'at most', 'maximum', 'max.']);
const FROM_AFTER = wordTable(['起', '起步', 'and up', 'onwards', 'upwards']);
/** 起 that starts another word: 起息 (interest starts), 起算, 起计. */
const NOT_FROM_AFTER = wordTable(['起息', '起算', '起计']);

/**
 * The qualifier of the quote at [start, end) of the folded text; `rangeEnd` marks the ends of a range
 * (日利率0.02%-0.05%), which are the lowest and the highest rate by construction.
 */
export function qualifierOf(folded: string, start: number, end: number, rangeEnd?: 'low' | 'high'): RateQualifier | undefined {
  if (rangeEnd === 'low') return 'from';
  if (rangeEnd === 'high') return 'up-to';
  const before = `${clauseBefore(folded, start, 8)}${folded.slice(start, end)}`;
  if (containsAny(before, UP_TO_BEFORE)) return 'up-to';
  const after = folded.slice(end, end + 8).trimStart();
  const fromAfter = FROM_AFTER.matchAt(after, 0) !== undefined && !NOT_FROM_AFTER.matchAt(after, 0);
  if (containsAny(before, FROM_BEFORE) || fromAfter) return 'from';
  return undefined;
}
