/**
 * Reading the numeric part of a rate from folded text (see foldForMatch): 0.05%, 0.5‰, 万分之5, 万分之二点五,
 * 千分之3, 百分之0.6 and, after a daily label only, the colloquial 万五 (0.05%). Every reader looks at a
 * bounded number of characters from the index it is given and never throws.
 */

/** A number read from the text and the index just after it. */
export type ReadNumber = { value: number; end: number };

const MAX_DIGITS = 6;
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isChineseDigit(ch: string | undefined): boolean {
  return ch !== undefined && (ch in CHINESE_DIGITS || ch === '十');
}

function countDigits(text: string, index: number, max: number): number {
  let i = index;
  while (i < text.length && i - index <= max && isAsciiDigit(text[i])) i++;
  return i - index;
}

/** An Arabic number with at most six digits before and after the point ("0.05", "12"). */
export function readDecimal(text: string, index: number): ReadNumber | undefined {
  const whole = countDigits(text, index, MAX_DIGITS);
  if (whole === 0 || whole > MAX_DIGITS) return undefined;
  let end = index + whole;
  if (text[end] === '.' && isAsciiDigit(text[end + 1])) {
    const fraction = countDigits(text, end + 1, MAX_DIGITS);
    if (fraction > MAX_DIGITS) return undefined;
    end += 1 + fraction;
  }
  return { value: Number(text.slice(index, end)), end };
}

/** A Chinese number below 100 with an optional 点 fraction: 五, 十二, 二十五, 二点五. */
export function readChineseNumber(text: string, index: number): ReadNumber | undefined {
  let i = index;
  let value = 0;
  const first = CHINESE_DIGITS[text.charAt(i)];
  if (first !== undefined) i++;
  if (text[i] === '十') {
    value = (first ?? 1) * 10;
    i++;
    const unit = CHINESE_DIGITS[text.charAt(i)];
    if (unit !== undefined) {
      value += unit;
      i++;
    }
  } else if (first !== undefined) {
    value = first;
  } else {
    return undefined;
  }
  if (text[i] === '点' && CHINESE_DIGITS[text.charAt(i + 1)] !== undefined) {
    let fraction = '';
    let j = i + 1;
    while (j < text.length && j - i <= 4 && CHINESE_DIGITS[text.charAt(j)] !== undefined) {
      fraction += String(CHINESE_DIGITS[text.charAt(j)]);
      j++;
    }
    value = Number(`${value}.${fraction}`);
    i = j;
  }
  return { value, end: i };
}

/** An Arabic or a Chinese number. */
export function readNumber(text: string, index: number): ReadNumber | undefined {
  return readDecimal(text, index) ?? readChineseNumber(text, index);
}

/** A rate read from the text: `percent` is the rate in percent per period. */
export type ReadRate = { percent: number; end: number };

const FRACTION_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['百分之', 1],
  ['千分之', 10],
  ['万分之', 100],
];

/** Characters that, right after 万 + number, show the 万 is an amount (万五千元), not 万分之. */
const AMOUNT_AFTER_WAN = new Set(['元', '千', '百', '万', '亿', '块']);

/**
 * The rate value starting at `index`, or undefined. `allowShortWan` accepts 万五 / 万5 (万分之五), which
 * only means a rate after a daily label such as 日息.
 */
export function readRateValue(text: string, index: number, allowShortWan = false): ReadRate | undefined {
  for (const [prefix, divisor] of FRACTION_PREFIXES) {
    if (!text.startsWith(prefix, index)) continue;
    const number = readNumber(text, index + prefix.length);
    return number && { percent: number.value / divisor, end: number.end };
  }
  if (allowShortWan && text[index] === '万') {
    const number = readNumber(text, index + 1);
    if (!number || number.value >= 100 || AMOUNT_AFTER_WAN.has(text.charAt(number.end))) return undefined;
    if (isAsciiDigit(text[number.end]) || isChineseDigit(text[number.end])) return undefined;
    return { percent: number.value / 100, end: number.end };
  }
  const number = readDecimal(text, index);
  if (!number) return undefined;
  let end = number.end;
  if (text[end] === ' ') end++;
  if (text[end] === '%') return { percent: number.value, end: end + 1 };
  if (text[end] === '‰') return { percent: number.value / 10, end: end + 1 };
  return undefined;
}
