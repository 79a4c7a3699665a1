/**
 * Takes out what is put between Chinese characters to dodge keyword filters: "起 诉", "报.警", "通*讯*录",
 * "催‖收", an emoji in the middle of a word. Chinese uses no spaces, so spaces between characters are
 * either dodging (single characters spaced apart: "你 的 家 人") or a stand-in for a comma between phrases
 * ("催收员 你的借款已逾期"); the second kind becomes a comma, so clause-level rules still see the break.
 */
import { FILLER_MARK } from './fold-symbols.ts';

const HAN = /\p{Script=Han}/u;
/** Symbols that are never words: dropped between two characters. */
const SEPARATOR = new Set([...'.·•・*-_~/\\|+=#^`\'"‖¦:', FILLER_MARK]);

function isHanAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && HAN.test(String.fromCodePoint(cp));
}

/** Index of the code point that ends just before `i` (handles surrogate pairs). */
function prevIndex(text: string, i: number): number {
  return i >= 2 && /[\udc00-\udfff]/.test(text[i - 1]!) && /[\ud800-\udbff]/.test(text[i - 2]!) ? i - 2 : i - 1;
}

/** Length in code points of the run of Chinese characters ending before `end`. */
function hanRunBefore(text: string, end: number): number {
  let n = 0;
  for (let i = prevIndex(text, end); i >= 0 && isHanAt(text, i); i = prevIndex(text, i)) n++;
  return n;
}

/** Length in code points of the run of Chinese characters starting at `start`. */
function hanRunAfter(text: string, start: number): number {
  let n = 0;
  for (let i = start; i < text.length && isHanAt(text, i); i += text.codePointAt(i)! > 0xffff ? 2 : 1) n++;
  return n;
}

function isFiller(ch: string): boolean {
  return (ch !== '\n' && /\s/.test(ch)) || SEPARATOR.has(ch);
}

export function joinSpacedHan(text: string, emit: (piece: string, from: number, to: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (!isFiller(text[i]!)) {
      emit(text[i]!, i, i + 1);
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && isFiller(text[end]!)) end++;
    const run = text.slice(i, end);
    const between = i > 0 && isHanAt(text, prevIndex(text, i)) && end < text.length && isHanAt(text, end);
    if (!between) {
      emit(run.replaceAll(FILLER_MARK, ' '), i, end);
    } else if (/^\s+$/.test(run)) {
      if (hanRunBefore(text, i) > 1 && hanRunAfter(text, end) > 1) emit(',', i, end);
    } else if (/^\.{2,}$/.test(run.replace(/\s/g, ''))) {
      emit(',', i, end);
    }
    i = end;
  }
}
