/**
 * Finding the amounts of a loan in a page's folded text (CONTRACT §4b): each labelled amount (借款金额
 * 10,000元, 到账金额 9,000元, 每期应还 1,000元, 担保费 30元/期, "Monthly repayment: ¥1,000"), each labelled
 * instalment count (期数：12), and plans written as arithmetic (1,000元 × 12期, "12 monthly instalments of
 * ¥1,000"). Each fee is told when it is paid from the words around it. Amounts said to be limits or
 * minimums (最高, 低至, 起, as low as) are left out: they are not this loan's. One linear pass.
 */
import { AMOUNT_PREFIXES, readAmount } from './amount-value.ts';
import {
  ALREADY_INCLUDED, AMOUNT_GAP_WORDS, AMOUNT_LABELS, AT_PAYOUT, CONTINGENT, FEE_GAP_WORDS, NOT_EXACT, PER_INSTALMENT, type AmountRole,
} from './cost-labels.ts';
import { findInstalmentCount, readCountAt } from './instalment-count.ts';
import { containsAny, wordTable } from './phrase-table.ts';
import { clauseAfter, clauseBefore, SENTENCE_ENDS } from './rate-context.ts';
import { isLatinLetter } from './rate-labels.ts';
import { isAsciiDigit, readDecimal } from './rate-value.ts';
import { skipGap } from './scan-rates.ts';

/** When a fee is paid: with each instalment, at payout, already inside the instalments, only if something goes wrong, or not said. */
export type FeeTiming = 'per-instalment' | 'at-payout' | 'included' | 'contingent' | 'unknown';

/** An amount found on the page: what it is, its value, where it stands; for fees, when they are paid. */
export type PageAmount = {
  role: AmountRole;
  value: number;
  start: number;
  end: number;
  /** For fees: when the page says it is paid. */
  timing?: FeeTiming;
  /** For instalments: the instalment count in the same sentence, if any. */
  terms?: number;
  /** For instalments: the page says the fees are already in it (含担保费, included handling fee). */
  includesFees?: boolean;
};

const TIMES = wordTable(['×', 'x', '*', '乘']);
const OF_WORDS = wordTable(['of', '每期', '每月', ',', '，', '每期还', '每月还']);
const PER_PERIOD = wordTable(['/期', '/月', '每期', '每月', '/month', 'per month', 'a month', 'per instalment', 'per installment']);
const MAX_TERMS = 600;
/** After a bare number, these make it an amount, a rate or a longer number, not a count. */
const NOT_A_COUNT_AFTER = '0123456789.%‰元万千,';

/** The words around an amount that say what it is, cut at the sentence and at the neighbouring amounts and fees. */
function surroundings(folded: string, labelStart: number, amountEnd: number): string {
  let before = clauseBefore(folded, labelStart, 14);
  const lastDigit = [...before].findLastIndex((ch) => isAsciiDigit(ch));
  if (lastDigit !== -1) before = before.slice(lastDigit + 1);
  let after = clauseAfter(folded, amountEnd, 16, SENTENCE_ENDS);
  const cut = [...after].findIndex((ch, k) => isAsciiDigit(ch) || AMOUNT_LABELS.matchAt(after, k)?.value === 'fee');
  if (cut !== -1) after = after.slice(0, cut);
  return `${before}${folded.slice(labelStart, amountEnd)}${after}`;
}

function feeTiming(words: string): FeeTiming {
  if (containsAny(words, CONTINGENT)) return 'contingent';
  if (containsAny(words, ALREADY_INCLUDED)) return 'included';
  const perInstalment = containsAny(words, PER_INSTALMENT);
  const atPayout = containsAny(words, AT_PAYOUT);
  if (perInstalment !== atPayout) return perInstalment ? 'per-instalment' : 'at-payout';
  return 'unknown';
}

/** A count after a label: 12期, 12个月, 1年 (12), or a bare whole number. */
function readLabelledCount(folded: string, index: number): { value: number; end: number } | undefined {
  const withUnit = readCountAt(folded, index);
  if (withUnit) return withUnit;
  const number = readDecimal(folded, index);
  if (!number || !Number.isInteger(number.value) || number.value < 1) return undefined;
  if (folded[number.end] === '年') return number.value * 12 <= MAX_TERMS ? { value: number.value * 12, end: number.end + 1 } : undefined;
  if (number.value > MAX_TERMS || NOT_A_COUNT_AFTER.includes(folded.charAt(number.end) || ' ')) return undefined;
  return number;
}

/** The first character at or after `index` that is not a space. */
function nextVisible(folded: string, index: number): string {
  return folded[index] === ' ' ? folded.charAt(index + 1) : folded.charAt(index);
}

/** Arithmetic after an amount makes it an operand (30,000 × 0.18% = 54); a slash only before a number (÷ 12), not in 元/月. */
const OPERATORS = '×x*÷+-−';

/** The result of a formula on the line from `index` (… = ¥2,554), when the line has one. */
function formulaResult(folded: string, index: number): { value: number; start: number; end: number } | undefined {
  const window = folded.slice(index, index + 80);
  const line = window.includes('\n') ? window.slice(0, window.indexOf('\n')) : window;
  const equals = line.lastIndexOf('=');
  if (equals === -1) return undefined;
  const at = index + equals + 1 + (line[equals + 1] === ' ' ? 1 : 0);
  const result = readAmount(folded, at);
  return result?.marked ? { value: result.value, start: at, end: result.end } : undefined;
}

/**
 * The amount a label introduces: right after it, or, when what follows is arithmetic ((30,000 ÷ 12) + 54 =
 * 2,554, or 30,000 × 0.18% = 54), the result of that formula on the same line.
 */
function amountAfter(folded: string, index: number): { value: number; start: number; end: number } | undefined {
  const direct = readAmount(folded, index);
  if (!direct) return folded[index] === '(' ? formulaResult(folded, index) : undefined;
  const next = nextVisible(folded, direct.end);
  const afterNext = folded.charAt(folded.indexOf(next, direct.end) + 1);
  if (next !== '' && (OPERATORS.includes(next) || (next === '/' && isAsciiDigit(afterNext)))) return formulaResult(folded, index);
  if (next !== '' && '%‰'.includes(next)) return undefined;
  if (!direct.marked && readCountAt(folded, index)) return undefined;
  return { value: direct.value, start: index, end: direct.end };
}

/** Label first: 借款金额：10,000元, 每期应还 ¥1,000, 担保费30元/期, 期数：12. */
function scanLabelledAmounts(folded: string): PageAmount[] {
  const found: PageAmount[] = [];
  for (let i = 0; i < folded.length; i++) {
    const label = AMOUNT_LABELS.matchAt(folded, i);
    if (!label) continue;
    const { phrase, value: role } = label;
    if (isLatinLetter(phrase.charAt(0)) && isLatinLetter(folded[i - 1])) continue;
    if (isLatinLetter(phrase.charAt(phrase.length - 1)) && isLatinLetter(folded[i + phrase.length])) continue;
    const valueStart = skipGap(folded, i + phrase.length, role === 'fee' ? FEE_GAP_WORDS : AMOUNT_GAP_WORDS);
    if (role === 'terms') {
      const count = readLabelledCount(folded, valueStart);
      if (!count) continue;
      found.push({ role, value: count.value, start: i, end: count.end });
      i = count.end - 1;
      continue;
    }
    const amount = amountAfter(folded, valueStart);
    if (!amount) continue;
    const words = surroundings(folded, i, amount.end);
    if (containsAny(clauseBefore(folded, i, 6) + folded.slice(i, amount.start), NOT_EXACT) || folded[amount.end] === '起') continue;
    const entry: PageAmount = { role, value: amount.value, start: i, end: amount.end };
    if (role === 'fee') entry.timing = feeTiming(words);
    if (role === 'instalment' || role === 'first-instalment') {
      const terms = findInstalmentCount(folded, i, amount.end);
      if (terms !== undefined) entry.terms = terms;
      if (containsAny(clauseAfter(folded, amount.end, 30, SENTENCE_ENDS), ALREADY_INCLUDED)) entry.includesFees = true;
    }
    found.push(entry);
    i = amount.end - 1;
  }
  return found;
}

/** True when `index` is not where a number starts (the 000 of 10,000, the 5 of 0.5). */
function insideNumber(folded: string, index: number): boolean {
  const previous = folded[index - 1];
  return isAsciiDigit(previous) || previous === '.' || (previous === ',' && isAsciiDigit(folded[index - 2]));
}

/** Arithmetic plans without a label: 1,000元 × 12期, 12期 × 1,000元, "12 monthly instalments of ¥1,000", 1,000元/月. */
function scanWrittenPlans(folded: string, taken: Uint8Array): PageAmount[] {
  const found: PageAmount[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (taken[i] || !(isAsciiDigit(folded[i]) || AMOUNT_PREFIXES.matchAt(folded, i)) || insideNumber(folded, i)) continue;
    const count = readCountAt(folded, i);
    if (count) {
      const at = skipGap(folded, count.end, folded.slice(count.end, count.end + 3).trim().startsWith('of') ? OF_WORDS : TIMES);
      const amount = at > count.end ? readAmount(folded, at) : undefined;
      if (amount?.marked) found.push({ role: 'instalment', value: amount.value, start: i, end: amount.end, terms: count.value });
      i = (amount?.marked ? amount.end : count.end) - 1;
      continue;
    }
    const amount = readAmount(folded, i);
    if (!amount?.marked) continue;
    const after = skipGap(folded, amount.end, TIMES);
    const times = after > amount.end ? readCountAt(folded, after) : undefined;
    const perPeriod = PER_PERIOD.matchAt(folded, folded[amount.end] === ' ' ? amount.end + 1 : amount.end);
    if (times) found.push({ role: 'instalment', value: amount.value, start: i, end: times.end, terms: times.value });
    else if (perPeriod && !containsAny(clauseBefore(folded, i, 8), NOT_EXACT)) {
      const terms = findInstalmentCount(folded, i, amount.end);
      found.push({ role: 'instalment', value: amount.value, start: i, end: amount.end, ...(terms === undefined ? {} : { terms }) });
    }
    i = (times?.end ?? amount.end) - 1;
  }
  return found;
}

/** Every amount of the loan found in the folded text, in text order. */
export function scanAmounts(folded: string): PageAmount[] {
  const labelled = scanLabelledAmounts(folded);
  const taken = new Uint8Array(folded.length);
  for (const amount of labelled) taken.fill(1, amount.start, amount.end);
  return [...labelled, ...scanWrittenPlans(folded, taken)].sort((a, b) => a.start - b.start);
}
