/**
 * The instalment count that belongs to a fee quoted on the original principal: 分12期, 24期, 12个月, 十二期,
 * "12 instalments", "24 months", found in the same sentence as the fee and at most 60 characters from it.
 */
import { phraseTable, wordTable } from './phrase-table.ts';
import { SENTENCE_ENDS } from './rate-context.ts';
import { isLatinLetter } from './rate-labels.ts';
import { isAsciiDigit, isChineseDigit, readChineseNumber, readDecimal } from './rate-value.ts';

/** How far from the quote an instalment count may stand. */
export const COUNT_WINDOW = 60;
const MAX_TERMS = 600;

const UNITS = phraseTable<'cjk' | 'latin'>([
  ['期', 'cjk'], ['个月', 'cjk'],
  ...[
    'instalments', 'installments', 'instalment', 'installment', 'monthly instalments', 'monthly installments',
    'monthly payments', 'monthly repayments', 'months', 'month', 'payments', 'repayments',
  ].map((unit) => [unit, 'latin'] as const),
]);

/** Words right after N期 that make it a promotion, not the loan's term (12期0利率, 3期免息). */
const PROMOTION_AFTER = wordTable(['0利率', '0息', '0利息', '0手续费', '0费率', '免息', '免手续费', '零利率', '零手续费']);

function isSentenceEnd(folded: string, index: number): boolean {
  const ch = folded.charAt(index);
  if (ch !== '' && SENTENCE_ENDS.includes(ch)) return true;
  return ch === '.' && (index + 1 >= folded.length || folded[index + 1] === ' ');
}

/** An instalment count starting exactly at `index`: its value and where it ends. */
export function readCountAt(folded: string, index: number): { value: number; end: number } | undefined {
  const ch = folded[index];
  const previous = folded[index - 1];
  let number: { value: number; end: number } | undefined;
  if (isAsciiDigit(ch)) {
    if (isAsciiDigit(previous) || previous === '.') return undefined;
    if (previous === ',' && isAsciiDigit(folded[index - 2])) return undefined;
    number = readDecimal(folded, index);
    if (number && folded.slice(index, number.end).includes('.')) return undefined;
  } else if (isChineseDigit(ch)) {
    if (isChineseDigit(previous)) return undefined;
    number = readChineseNumber(folded, index);
  }
  if (!number || !Number.isInteger(number.value) || number.value < 1 || number.value > MAX_TERMS) return undefined;
  let unitStart = number.end;
  if (folded[unitStart] === ' ' || folded[unitStart] === '-') unitStart++;
  const unit = UNITS.matchAt(folded, unitStart);
  if (!unit) return undefined;
  const end = unitStart + unit.phrase.length;
  if (unit.value === 'latin' && isLatinLetter(folded[end])) return undefined;
  if (unit.phrase === '期' && PROMOTION_AFTER.matchAt(folded, end)) return undefined;
  const before = folded.slice(Math.max(0, index - 3), index);
  if (before.endsWith('第') || before.includes('逾期') || before.endsWith('no.')) return undefined;
  return { value: number.value, end };
}

/**
 * The instalment count nearest to the quote at [start, end) of the folded text, in the same sentence and
 * within COUNT_WINDOW characters on either side; undefined when there is none.
 */
export function findInstalmentCount(folded: string, start: number, end: number): number | undefined {
  let from = start;
  while (from > 0 && start - from < COUNT_WINDOW && !isSentenceEnd(folded, from - 1)) from--;
  let to = end;
  while (to < folded.length && to - end < COUNT_WINDOW && !isSentenceEnd(folded, to)) to++;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let i = from; i < to; i++) {
    if (i === start) i = end;
    const count = readCountAt(folded, i);
    if (!count || count.end > to) continue;
    if (i < start && count.end > start) continue;
    const distance = i < start ? start - count.end : i - end;
    if (distance < bestDistance) {
      best = count.value;
      bestDistance = distance;
    }
  }
  return best;
}
