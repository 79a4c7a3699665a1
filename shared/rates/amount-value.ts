/**
 * Reading an amount of money from folded text (see foldForMatch): 10,000.00元, ¥9,000, ￥1,000, 1万元,
 * 1.5万, 一万元, 九千元, 两万五千元, RMB 1,000, HK$30,000, HKD 2,554, S$872.50; and the strict amount
 * arguments of `debtguide apr` and the calculator. Bounded look-ahead from the index given; never throws
 * (except the strict parser, on purpose).
 */
import { phraseTable, wordTable } from './phrase-table.ts';
import { isLatinLetter } from './rate-labels.ts';
import { isAsciiDigit } from './rate-value.ts';
import { MAX_AMOUNT } from './true-cost.ts';

/** An amount read from the text: its value in the currency's units, where it ends, and whether a currency said so. */
export type ReadAmount = { value: number; end: number; marked: boolean };

/** Currency signs and codes that may open an amount. */
export const AMOUNT_PREFIXES = wordTable(['¥', '￥', 'rmb', 'cny', 'hk$', 'hkd', 's$', 'sgd', 'nt$', 'ntd', 'twd', 'us$', 'usd', '$', 'mop$', '人民币']);
const SUFFIXES = wordTable(['元', '块', '圆', '港元', '港币', '新台币', '澳门元', 'yuan', 'rmb', 'hkd', 'sgd']);
const MULTIPLIERS = phraseTable<number>([['万', 10_000], ['千', 1_000], ['百万', 1_000_000], ['亿', 100_000_000]]);
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1_000 };
const MAX_WHOLE_DIGITS = 11;

/** An Arabic amount: 10000, 10,000, 10,000.00, 8833.33 (grouping only in threes). */
function readArabic(text: string, index: number): { value: number; end: number } | undefined {
  let i = index;
  let digits = '';
  while (isAsciiDigit(text[i]) && digits.length <= MAX_WHOLE_DIGITS) digits += text[i++];
  if (digits === '' || digits.length > MAX_WHOLE_DIGITS) return undefined;
  while (digits.length <= MAX_WHOLE_DIGITS && text[i] === ',' && [1, 2, 3].every((k) => isAsciiDigit(text[i + k])) && !isAsciiDigit(text[i + 4])) {
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  if (text[i] === '.' && isAsciiDigit(text[i + 1])) {
    let fraction = '';
    let j = i + 1;
    while (isAsciiDigit(text[j]) && fraction.length < 4) fraction += text[j++];
    if (isAsciiDigit(text[j])) return undefined;
    return { value: Number(`${digits}.${fraction}`), end: j };
  }
  return { value: Number(digits), end: i };
}

/** A Chinese amount below 一亿: 一万, 九千, 两万五千, 一千二百. */
function readChinese(text: string, index: number): { value: number; end: number } | undefined {
  let i = index;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (; i < text.length && i - index < 12; i++) {
    const ch = text.charAt(i);
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch];
    else if (ch in CHINESE_UNITS) {
      section += (digit ?? 1) * (CHINESE_UNITS[ch] as number);
      digit = undefined;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = undefined;
    } else break;
  }
  if (i === index) return undefined;
  const value = total + section + (digit ?? 0);
  return value > 0 ? { value, end: i } : undefined;
}

/**
 * The amount starting at `index` (at its currency sign or first digit), or undefined. A Chinese-numeral
 * amount needs its unit (一万元); an Arabic one may stand bare (`marked` false), for the caller to judge.
 */
export function readAmount(text: string, index: number): ReadAmount | undefined {
  let i = index;
  const prefix = AMOUNT_PREFIXES.matchAt(text, i);
  if (prefix) {
    i += prefix.phrase.length;
    if (text[i] === ' ') i++;
  }
  const arabic = readArabic(text, i);
  const number = arabic ?? (prefix ? undefined : readChinese(text, i));
  if (!number) return undefined;
  let { value, end } = number;
  const found = arabic ? MULTIPLIERS.matchAt(text, end) : undefined;
  const multiplier = found && !text.startsWith('分之', end + found.phrase.length) ? found : undefined;
  if (multiplier) {
    value *= multiplier.value;
    end += multiplier.phrase.length;
  }
  const suffixAt = text[end] === ' ' ? end + 1 : end;
  const suffix = SUFFIXES.matchAt(text, suffixAt);
  const suffixEnd = suffix && !isLatinLetter(text[suffixAt + suffix.phrase.length]) ? suffixAt + suffix.phrase.length : undefined;
  if (!arabic && suffixEnd === undefined) return undefined;
  value = Math.round(value * 100) / 100;
  if (!(value <= MAX_AMOUNT)) return undefined;
  return { value, end: suffixEnd ?? end, marked: Boolean(prefix) || suffixEnd !== undefined || Boolean(multiplier) };
}

/**
 * Reads an amount argument (`--principal 100,000`, `--upfront-fee 1000`, the calculator's fields): an
 * amount as readAmount knows it and nothing else. Throws an Error naming the argument otherwise.
 */
export function parseAmountArgument(argument: string, name = 'amount'): number {
  const text = [...String(argument).normalize('NFKC').toLowerCase()].filter((ch) => ch.trim() !== '').join('');
  const amount = text === '' ? undefined : readAmount(text, 0);
  if (!amount || amount.end !== text.length) throw new Error(`invalid ${name} "${argument}": give an amount such as 10000, 10,000.00 or 1万`);
  return amount.value;
}
