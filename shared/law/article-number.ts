/**
 * Article numbers as citations write them (第一千零三十三条, 第293条之一, Art. 253-1, Arts. 13–15) turned into
 * the law library's keys: the article's number, with `-1` for 之一 (`1033`, `293-1`). Paragraphs and items
 * (第二款, 第（三）项, Art. 40(3)) name a part of an article: the key is the article's.
 */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_DIGITS = '零一二三四五六七八九';

/** 一千零三十三 → 1033, 十五 → 15, 293 → 293; undefined when it is not a number. */
export function parseChineseNumber(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(value)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of value) {
    const unit = UNITS[char];
    if (unit === undefined) {
      digit = DIGITS[char];
      continue;
    }
    total += (digit ?? 1) * unit;
    digit = undefined;
  }
  return total + (digit ?? 0);
}

/** 1033 → 一千零三十三, 15 → 十五, 110 → 一百一十 (the way article headings write them). */
export function toChineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 9999) throw new RangeError(`toChineseNumber: ${value} is out of range`);
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const digits = String(value).padStart(4, '0').split('').map(Number);
  let pendingZero = false;
  digits.forEach((digit, index) => {
    if (digit === 0) {
      if (parts.length > 0) pendingZero = true;
      return;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    parts.push(`${CN_DIGITS[digit]}${units[index]}`);
  });
  const text = parts.join('');
  return text.startsWith('一十') ? text.slice(1) : text;
}

/** The key of an article: its number, and `-N` for 之N (`293-1`). */
export type ArticleKey = string;

/** `293-1` → 第二百九十三条之一. */
export function articleHeading(key: ArticleKey): string {
  const [number = '', sub] = key.split('-');
  return `第${toChineseNumber(Number(number))}条${sub ? `之${toChineseNumber(Number(sub))}` : ''}`;
}

/** `293-1` → 第293条之一: short, for messages. */
export function articleLabel(key: ArticleKey): string {
  const [number = '', sub] = key.split('-');
  return `第${number}条${sub ? `之${toChineseNumber(Number(sub))}` : ''}`;
}

const NUMERAL = '[零〇一二两三四五六七八九十百千0-9]+';
/** One article in Chinese, with any paragraph or item after it: 第二百九十三条之一, 第十条第二款, 第40条第3项. */
const ZH_ARTICLE = new RegExp(`^第\\s*(${NUMERAL})\\s*条(?:之(${NUMERAL}))?(?:第\\s*[（(]?${NUMERAL}[)）]?\\s*[款项])*$`);
/** One article in English: 42, 293-1, 40(3), 7(3)(b). */
const EN_ARTICLE = /^(\d+)(?:-(\d+))?(?:\(\w+\))*$/;

function zhKey(text: string): ArticleKey | undefined {
  const match = ZH_ARTICLE.exec(text.trim());
  if (!match) return undefined;
  const number = parseChineseNumber(match[1] ?? '');
  const sub = match[2] === undefined ? undefined : parseChineseNumber(match[2]);
  return number === undefined ? undefined : sub === undefined ? String(number) : `${number}-${sub}`;
}

function enKey(text: string): ArticleKey | undefined {
  const match = EN_ARTICLE.exec(text.trim());
  return match ? (match[2] ? `${match[1]}-${match[2]}` : match[1]) : undefined;
}

/** The articles from `from` to `to` (both plain numbers): 13–15 → 13, 14, 15. */
function range(from: ArticleKey, to: ArticleKey): ArticleKey[] | undefined {
  const [a, b] = [Number(from), Number(to)];
  if (!Number.isInteger(a) || !Number.isInteger(b) || b < a || b - a > 50) return undefined;
  return Array.from({ length: b - a + 1 }, (_, index) => String(a + index));
}

export type ArticleRefs = { ok: true; keys: ArticleKey[] } | { ok: false; message: string };

/**
 * The articles a citation's `article` names, in order and without repeats: 第六条、第十条、第十三条至第十五条 →
 * 6, 10, 13, 14, 15; `Arts. 44–47, 65` → 44, 45, 46, 47, 65. Chapters and sections (第三章) are not articles.
 */
export function parseArticleRefs(article: string): ArticleRefs {
  const text = article.trim();
  const english = /^Arts?\.\s*/.exec(text);
  const body = english ? text.slice(english[0].length) : text;
  const toKey = english ? enKey : zhKey;
  const keys: ArticleKey[] = [];
  const items = english ? body.split(/\s*(?:,|\band\b)\s*/) : body.split(/\s*[、，,和及]\s*/);
  for (const item of items) {
    const bounds = item.split(english ? /\s*(?:–|-(?=\s)|\bto\b)\s*/ : /\s*(?:至|-|–)\s*/);
    const parsed = bounds.map(toKey);
    if (parsed.some((key) => key === undefined) || parsed.length > 2) {
      return { ok: false, message: `cannot read '${item}' as an article number (write 第十条, 第十条至第十二条 or Art. 10, Arts. 10–12)` };
    }
    const [from, to] = parsed as ArticleKey[];
    const expanded = to === undefined ? [from as ArticleKey] : range(from as ArticleKey, to);
    if (!expanded) return { ok: false, message: `'${item}' is not a range of whole articles from a lower to a higher number` };
    for (const key of expanded) if (!keys.includes(key)) keys.push(key);
  }
  return { ok: true, keys };
}
