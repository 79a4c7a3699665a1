/**
 * Telling a product's price from figures that only look like one: benchmark rates (LPR), multiples of
 * them (LPR四倍), legal ceilings (不超过24%, 控制在24%以内) and deposit or investment yields. Each check looks
 * at a bounded window of folded text around a match, cut at the sentence or clause it stands in.
 */
import { containsAny, wordTable } from './phrase-table.ts';

/** Characters that end a sentence: the window for an instalment count. */
export const SENTENCE_ENDS = '。;!?\n\r';
/** Characters that end a clause: the window for benchmark and ceiling words. */
const CLAUSE_ENDS = `${SENTENCE_ENDS},、`;

const WINDOW_BEFORE = 16;
const SENTENCE_WINDOW_BEFORE = 40;
const WINDOW_AFTER = 8;

/** Benchmarks and legal limits: anywhere in the sentence before a rate, they make it no product price. */
const BENCHMARKS = wordTable([
  'lpr', '报价利率', '基准利率', '贷款市场', '司法保护', '司法解释', '法定', 'loan prime rate', 'benchmark', 'benchmarks',
  'cap', 'caps', 'capped', 'ceiling', 'legal limit',
]);

/** Comparisons and other yields: in the same clause before a rate (or inside its quote), likewise. */
const NOT_A_PRICE_BEFORE = wordTable([
  'lpr', '基准', '存款', '理财', '收益', '超过', '不超过', '不得超过', '高于', '不高于', '不得高于', '上限', '封顶',
  '控制在', '保护', '倍', 'deposit', 'deposits', 'limit', 'limits', 'exceed', 'exceeds', 'exceeding', 'more than',
  'above', 'no more than', 'yield',
]);

/** Words that, in the same clause right after a rate, mark it as a ceiling or a multiple. */
const NOT_A_PRICE_AFTER = wordTable([
  '倍', '以内', '以下', '之内', '上限', '封顶', '为限', '的部分', 'cap', 'ceiling', 'or less', 'or below', 'limit', 'times',
]);

/** The clause text before `start`, at most WINDOW_BEFORE characters. */
export function clauseBefore(folded: string, start: number, max = WINDOW_BEFORE, ends = CLAUSE_ENDS): string {
  let from = start;
  while (from > 0 && start - from < max && !ends.includes(folded.charAt(from - 1))) from--;
  return folded.slice(from, start);
}

/** The clause text after `end`, at most WINDOW_AFTER characters. */
export function clauseAfter(folded: string, end: number, max = WINDOW_AFTER, ends = CLAUSE_ENDS): string {
  let to = end;
  while (to < folded.length && to - end < max && !ends.includes(folded.charAt(to))) to++;
  return folded.slice(end, to);
}

/** True when the rate at [start, end) of the folded text is a benchmark, a multiple or a ceiling. */
export function isBenchmarkOrCeiling(folded: string, start: number, end: number): boolean {
  return (
    containsAny(clauseBefore(folded, start, SENTENCE_WINDOW_BEFORE, SENTENCE_ENDS), BENCHMARKS) ||
    containsAny(clauseBefore(folded, start), NOT_A_PRICE_BEFORE) ||
    containsAny(folded.slice(start, end), NOT_A_PRICE_BEFORE) ||
    containsAny(clauseAfter(folded, end), NOT_A_PRICE_AFTER)
  );
}
