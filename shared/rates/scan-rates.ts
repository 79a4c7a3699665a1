/**
 * The three shapes a rate quote takes in folded text, each found by one linear pass that looks a bounded
 * distance ahead of every position:
 * - label first: 日利率0.05%, 年化利率（单利）3.45%, 每期手续费率0.60%, 日息万五, "APR of 7.3%", and both
 *   ends of a range (日利率0.02%-0.05%);
 * - unit after the number: 万分之6/天, 0.05%/天, "0.05% per day", "7.3% p.a.";
 * - yuan per thousand per day: 每千元每天0.5元 (0.05% a day).
 */
import { GAP_CHARS, GAP_WORDS, RATE_LABELS, RATE_SUFFIXES, isLatinLetter, type RateKind } from './rate-labels.ts';
import { phraseTable, wordTable, type PhraseTable } from './phrase-table.ts';
import { isAsciiDigit, isChineseDigit, readDecimal, readRateValue, type ReadRate } from './rate-value.ts';

/** A rate found in folded text, before any filtering: [start, end), the rate in percent per period, and which end of a range it is. */
export type RateCandidate = RateKind & { start: number; end: number; percent: number; rangeEnd?: 'low' | 'high' };

const MAX_GAP = 20;
const MAX_PARENTHETICAL = 10;

/** Index after a short parenthetical without numbers, such as （单利） or (simple), or undefined. */
function skipParenthetical(folded: string, open: number): number | undefined {
  for (let i = open + 1; i < folded.length && i - open <= MAX_PARENTHETICAL; i++) {
    const ch = folded.charAt(i);
    if (ch === ')') return i + 1;
    if (isAsciiDigit(ch) || '%(。;!?\n'.includes(ch)) return undefined;
  }
  return undefined;
}

/** True when a Latin word matched at `index` runs on into more letters ("at" in "atm"). */
function runsOn(folded: string, index: number, phrase: string): boolean {
  return isLatinLetter(phrase.charAt(phrase.length - 1)) && isLatinLetter(folded[index + phrase.length]);
}

/** Index of the first character after the words allowed between a label and its number. */
export function skipGap(folded: string, index: number, words: PhraseTable<true> = GAP_WORDS): number {
  let i = index;
  while (i < folded.length && i - index <= MAX_GAP) {
    const ch = folded.charAt(i);
    if (GAP_CHARS.includes(ch)) {
      i++;
      continue;
    }
    const afterParenthetical = ch === '(' ? skipParenthetical(folded, i) : undefined;
    if (afterParenthetical !== undefined) {
      i = afterParenthetical;
      continue;
    }
    const word = words.matchAt(folded, i);
    if (!word || runsOn(folded, i, word.phrase)) return i;
    i += word.phrase.length;
  }
  return i;
}

/** What joins the ends of a range; "and" only after "between". */
const RANGE_SEPARATORS = wordTable(['-', '~', '至', '到', '—', '–', 'to', 'and']);

/** The top of a range after a rate (0.02%-0.05%, 7.2%～24%, "0.02% to 0.05%"): the second value and where it starts. */
function readRangeTop(folded: string, index: number, allowShortWan: boolean, between = false): (ReadRate & { start: number }) | undefined {
  let i = folded[index] === ' ' ? index + 1 : index;
  const separator = RANGE_SEPARATORS.matchAt(folded, i);
  if (!separator || (separator.phrase === 'and' && !between) || (isLatinLetter(separator.phrase.charAt(0)) && folded[i - 1] !== ' ')) return undefined;
  i += separator.phrase.length;
  if (isLatinLetter(separator.phrase.charAt(0)) && folded[i] !== ' ') return undefined;
  i = folded[i] === ' ' ? i + 1 : i;
  const value = readRateValue(folded, i, allowShortWan);
  return value && { ...value, start: i };
}

/** A rate, or a range of rates, after a label: one or two values with their spans. */
function readLabelledValues(folded: string, index: number, allowShortWan: boolean, between: boolean): Array<ReadRate & { start: number }> {
  const value = readRateValue(folded, index, allowShortWan);
  if (value) {
    const top = readRangeTop(folded, value.end, allowShortWan, between);
    return top ? [{ ...value, start: index }, top] : [{ ...value, start: index }];
  }
  const bare = readDecimal(folded, index);
  const top = bare && readRangeTop(folded, bare.end, false);
  if (!bare || !top || folded[top.end - 1] !== '%') return [];
  return [{ percent: bare.value, end: bare.end, start: index }, top];
}

/** Label first: 日利率0.05%, 月费率0.5%, 年化利率约13.03%, "monthly fee of 0.6%"; both ends of a range. */
export function scanLabelled(folded: string): RateCandidate[] {
  const found: RateCandidate[] = [];
  for (let i = 0; i < folded.length; i++) {
    const label = RATE_LABELS.matchAt(folded, i);
    if (!label) continue;
    if (isLatinLetter(label.phrase.charAt(0)) && isLatinLetter(folded[i - 1])) continue;
    if (runsOn(folded, i, label.phrase)) continue;
    const valueStart = skipGap(folded, i + label.phrase.length);
    const between = folded.slice(i + label.phrase.length, valueStart).includes('between');
    const [first, top] = readLabelledValues(folded, valueStart, label.value.per === 'day', between);
    if (!first) continue;
    if (!top) found.push({ ...label.value, start: i, end: first.end, percent: first.percent });
    else {
      found.push({ ...label.value, start: i, end: first.end, percent: first.percent, rangeEnd: 'low' });
      found.push({ ...label.value, start: top.start, end: top.end, percent: top.percent, rangeEnd: 'high' });
    }
    i = (top ?? first).end - 1;
  }
  return found;
}

/** Unit after the number: 万分之6/天, 0.05%/天, "0.05% per day", "7.3% apr". */
export function scanSuffixed(folded: string): RateCandidate[] {
  const found: RateCandidate[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charAt(i);
    const startsNumber = isAsciiDigit(ch) && !isAsciiDigit(folded[i - 1]) && folded[i - 1] !== '.';
    if (!startsNumber && ch !== '万' && ch !== '千' && ch !== '百') continue;
    const value = readRateValue(folded, i);
    if (!value) continue;
    const suffixStart = folded[value.end] === ' ' ? value.end + 1 : value.end;
    const suffix = RATE_SUFFIXES.matchAt(folded, suffixStart);
    if (!suffix || runsOn(folded, suffixStart, suffix.phrase)) continue;
    const end = suffixStart + suffix.phrase.length;
    found.push({ ...suffix.value, start: i, end, percent: value.percent });
    i = end - 1;
  }
  return found;
}

const PRINCIPALS = phraseTable<number>(
  ['每', '借', ''].flatMap((prefix) => [
    ...['千元', '1000元', '1千元'].map((amount) => [`${prefix}${amount}`, 1000] as const),
    ...['万元', '10000元', '1万元'].map((amount) => [`${prefix}${amount}`, 10000] as const),
  ]),
);
const PER_DAY = wordTable(['每天', '每日', '一天', '1天', '/天', '日息', '日']);
const COST_WORDS = wordTable(['利息', '仅需', '只需', '只要', '仅', '低至', '最低', '约', '为', '需']);

/** Yuan per thousand (or ten thousand) per day: 每千元每天0.5元 is 0.05% a day. */
export function scanPerThousand(folded: string): RateCandidate[] {
  const found: RateCandidate[] = [];
  for (let i = 0; i < folded.length; i++) {
    const principal = PRINCIPALS.matchAt(folded, i);
    if (!principal) continue;
    const previous = folded[i - 1];
    if (isAsciiDigit(previous) || isChineseDigit(previous) || previous === '.') continue;
    let at = i + principal.phrase.length;
    if (folded[at] === ' ') at++;
    const day = PER_DAY.matchAt(folded, at);
    if (!day) continue;
    const numberStart = skipGap(folded, at + day.phrase.length, COST_WORDS);
    const number = readDecimal(folded, numberStart);
    if (!number) continue;
    const unit = folded[number.end] === ' ' ? number.end + 1 : number.end;
    if (folded[unit] !== '元') continue;
    found.push({ per: 'day', basis: 'declining-balance', start: i, end: unit + 1, percent: (number.value / principal.value) * 100 });
    i = unit;
  }
  return found;
}
