/** Plain text out of markdown-it inline tokens, for headings, search sections and the zh-hant checks. */
import type { Token } from 'markdown-it';

const SOFT_BREAK = '\u0000';
/** Han characters and CJK punctuation: a line break between two of these is no space in Chinese text. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** A soft line break becomes nothing between Chinese characters and a space elsewhere. */
export function joinSoftBreaks(text: string): string {
  return text.replace(new RegExp(`\\s*${SOFT_BREAK}\\s*`, 'g'), (_match, offset: number, whole: string) => {
    const before = whole.slice(0, offset).trimEnd().slice(-1);
    const after = whole.slice(offset + _match.length).trimStart().charAt(0);
    return before && after && CJK.test(before) && CJK.test(after) ? '' : ' ';
  });
}

/** The text a reader sees in an inline token: text, code, image alt text; soft breaks joined per language. */
export function inlineText(inline: Token): string {
  let out = '';
  for (const child of inline.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline') out += child.content;
    else if (child.type === 'softbreak') out += SOFT_BREAK;
    else if (child.type === 'hardbreak') out += '\n';
    else if (child.type === 'image') out += child.children ? inlineText(child) : child.content;
  }
  return joinSoftBreaks(out).trim();
}

/**
 * The 1-based file line of `needle` within an inline token whose block starts at file line `firstLine`,
 * searching from `from` (a character offset into the inline's source, advanced by the caller).
 */
export function lineInInline(inline: Token, firstLine: number, needle: string, from = 0): { line: number; next: number } {
  const start = inline.map ? inline.map[0] + firstLine : firstLine;
  const index = needle ? inline.content.indexOf(needle, from) : -1;
  if (index === -1) return { line: start, next: from };
  const newlines = inline.content.slice(0, index).split('\n').length - 1;
  return { line: start + newlines, next: index + needle.length };
}
