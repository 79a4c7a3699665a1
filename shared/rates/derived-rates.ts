/**
 * Rates a page states as a change to another rate it quotes: a discount (日利率0.05%，新客利息8折 → 0.04% a
 * day; 八五折; "20% off the interest rate") and the overdue rate as a markup (罚息在借款利率基础上上浮50%,
 * 罚息为合同利率的1.5倍, "penalty interest of 50% above the loan rate"). Each becomes a quote of its own
 * words, charged like the rate it changes. Without a rate to change on the page, nothing is derived.
 * Bounded windows of folded text; one pass.
 */
import { containsAny, wordTable } from './phrase-table.ts';
import { clauseAfter, clauseBefore, SENTENCE_ENDS } from './rate-context.ts';
import { isAsciiDigit, readDecimal, readRateValue } from './rate-value.ts';

/** A rate stated as `factor` × the quote at `baseIndex` of the quotes given. */
export type DerivedRate = { start: number; end: number; factor: number; baseIndex: number; kind: 'discounted' | 'overdue' };

/** Where a quote stands, and whether it can be changed (a derived quote is not changed again). */
type BaseQuote = { start: number; end: number };

const INTEREST_WORDS = wordTable(['利率', '利息', '息费', '费率', '日息', '月息', 'interest', 'rate']);
const PENALTY_WORDS = wordTable(['罚息', '逾期利率', '逾期利息', '逾期', '违约', 'penalty interest', 'default interest', 'penalty', 'overdue', 'late']);
const MARKUPS = wordTable(['上浮', '加收', '上调', '提高']);
const MARKUPS_EN = wordTable(['above', 'higher than', 'on top of', 'over']);
const DISCOUNT_LEAD = wordTable(['打', '享', '享受', '可享']);
const PENALTY_LABELS = wordTable(['罚息利率', '罚息', '逾期利率', 'penalty interest', 'default interest', 'penalty rate']);
const BASE_WINDOW = 300;

/** The sentence around [start, end): up to `before` characters back and `after` ahead. */
function sentenceAround(folded: string, start: number, end: number, before = 30, after = 20): string {
  let to = end;
  while (to < folded.length && to - end < after && !SENTENCE_ENDS.includes(folded.charAt(to))) to++;
  return `${clauseBefore(folded, start, before, SENTENCE_ENDS)}${folded.slice(start, to)}`;
}

const CHINESE_DIGITS: Readonly<Record<string, string>> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 点: '.' };

/** The discount factor of N折 ending at the 折 at `index`: 8折 0.8, 8.5折 and 85折 0.85, 八五折 0.85, 八点五折 0.85. */
function discountAt(folded: string, index: number): { factor: number; start: number } | undefined {
  let start = index;
  let digits = '';
  for (; start > 0 && index - start < 4; start--) {
    const ch = folded.charAt(start - 1);
    const digit = isAsciiDigit(ch) || ch === '.' ? ch : CHINESE_DIGITS[ch];
    if (digit === undefined) break;
    digits = digit + digits;
  }
  const number = digits === '' ? undefined : readDecimal(digits, 0);
  if (!number || number.end !== digits.length || isAsciiDigit(folded[start - 1])) return undefined;
  const twoDigits = !digits.includes('.') && number.value >= 10;
  if (twoDigits && (number.value > 99 || number.value % 10 === 0)) return undefined;
  const factor = twoDigits ? number.value / 100 : number.value / 10;
  return factor > 0 && factor < 1 ? { factor, start } : undefined;
}

/** The nearest quote before `index` (within BASE_WINDOW), else the nearest after it in the same sentence. */
function baseFor(quotes: readonly BaseQuote[], folded: string, index: number, end: number): number | undefined {
  let best: number | undefined;
  quotes.forEach((quote, k) => {
    if (quote.end <= index && index - quote.end <= BASE_WINDOW) best = k;
  });
  if (best !== undefined) return best;
  const sentence = sentenceAround(folded, index, end, 0, 40);
  const k = quotes.findIndex((quote) => quote.start >= end && quote.start - end <= sentence.length);
  return k === -1 ? undefined : k;
}

/** "50% above the loan rate": a percentage followed by a word that puts it on top. */
function percentAbove(folded: string, index: number): { factor: number; end: number } | undefined {
  const rate = readRateValue(folded, index);
  if (!rate) return undefined;
  const gap = folded[rate.end] === ' ' ? rate.end + 1 : rate.end;
  const above = MARKUPS_EN.matchAt(folded, gap);
  return above && rate.percent <= 300 ? { factor: 1 + rate.percent / 100, end: gap + above.phrase.length } : undefined;
}

/** A multiple of the loan rate: 的1.5倍, 的150%, "1.5 times". */
function multipleAt(folded: string, index: number): { factor: number; end: number } | undefined {
  const at = folded[index] === '的' ? index + 1 : index;
  const number = readDecimal(folded, at);
  if (!number) return undefined;
  const unit = ['倍', ' times'].find((word) => folded.startsWith(word, number.end));
  if (unit && number.value > 1 && number.value <= 4) return { factor: number.value, end: number.end + unit.length };
  const percent = at > index ? readRateValue(folded, at) : undefined;
  return percent && percent.percent > 100 && percent.percent <= 400 ? { factor: percent.percent / 100, end: percent.end } : undefined;
}

/** A markup: 上浮50% (1.5 ×), "50% above", 的1.5倍, 的150%, "1.5 times". */
function markupAt(folded: string, index: number): { factor: number; end: number } | undefined {
  const markup = MARKUPS.matchAt(folded, index);
  if (markup) {
    const rate = readRateValue(folded, index + markup.phrase.length);
    return rate && rate.percent > 0 && rate.percent <= 300 ? { factor: 1 + rate.percent / 100, end: rate.end } : undefined;
  }
  if (folded[index] !== '的' && !isAsciiDigit(folded[index])) return undefined;
  return multipleAt(folded, index) ?? percentAbove(folded, index);
}

/** Every discount and penalty markup in the folded text, each tied to the quote it changes. */
export function findDerivedRates(folded: string, quotes: readonly BaseQuote[]): DerivedRate[] {
  if (quotes.length === 0) return [];
  const found: DerivedRate[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === '折' && !'合算扣'.includes(folded.charAt(i + 1) || 'x')) {
      const discount = discountAt(folded, i);
      if (!discount || !containsAny(`${clauseBefore(folded, discount.start, 12)}${folded.slice(discount.start, i + 1)}${clauseAfter(folded, i + 1, 6)}`, INTEREST_WORDS)) continue;
      const lead = DISCOUNT_LEAD.matchAt(folded, discount.start - 2) ?? DISCOUNT_LEAD.matchAt(folded, discount.start - 1);
      const start = lead ? discount.start - lead.phrase.length : discount.start;
      const baseIndex = baseFor(quotes, folded, start, i + 1);
      if (baseIndex !== undefined) found.push({ start, end: i + 1, factor: discount.factor, baseIndex, kind: 'discounted' });
      continue;
    }
    const markup = markupAt(folded, i);
    if (!markup || !containsAny(clauseBefore(folded, i, 40, SENTENCE_ENDS), PENALTY_WORDS)) continue;
    const words = clauseBefore(folded, i, 40, SENTENCE_ENDS);
    const label = [...words].findIndex((_, k) => PENALTY_LABELS.matchAt(words, k) !== undefined);
    const start = label === -1 ? i : i - words.length + label;
    const baseIndex = baseFor(quotes, folded, start, markup.end);
    if (baseIndex !== undefined && quotes[baseIndex] && (quotes[baseIndex] as BaseQuote).end <= start) {
      found.push({ start, end: markup.end, factor: Math.round(markup.factor * 1e6) / 1e6, baseIndex, kind: 'overdue' });
    }
    i = markup.end - 1;
  }
  return found;
}
