/**
 * Character-level clean-up of what people (and filter-dodgers) type: compatibility forms (①, ｆｕｌｌ-width,
 * ㊙), invisible characters, Cyrillic and Greek look-alikes of Latin letters, digits standing for letters
 * inside Latin words (p0lice), and emoji that stand for words (🔪 → 刀). Every other symbol or emoji is kept
 * as a marker that later steps treat as filler.
 */
import { EMOJI_WORDS } from './emoji-words.ts';
import { isInvisible } from './invisible.ts';

/** Emitted for a symbol with no word of its own (an unknown emoji, ★, ✿): filler between characters. */
export const FILLER_MARK = '\u2060';

/** Latin look-alikes from Cyrillic and Greek, as used to dodge English keyword filters. */
const LOOKALIKE_LATIN: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

/** Digits and signs that stand for letters inside a Latin word (p0lice, c0urt, 5cam, @ccount). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const SYMBOL = /^[\p{So}\p{Sk}\p{Co}]$/u;
const LETTER = /[a-z]/;

/** One code point, folded: NFKC, lower case, look-alike letters. */
function foldCodePoint(cp: string): string {
  if (isInvisible(cp)) return '';
  const word = EMOJI_WORDS.get(cp);
  if (word !== undefined) return word;
  const nfkc = cp.normalize('NFKC').toLowerCase();
  if (nfkc.length > 1 && /^\p{Script=Han}/u.test(cp)) return cp;
  const out = [...nfkc].map((c) => LOOKALIKE_LATIN[c] ?? c).join('');
  if (SYMBOL.test(cp) && out === cp) return FILLER_MARK;
  return out;
}

/**
 * Folds every code point of `text`, emitting each result for that code point's span. A digit or sign
 * between two Latin letters becomes the letter it stands for.
 */
export function foldSymbols(text: string, emit: (piece: string, from: number, to: number) => void): void {
  const points: { cp: string; at: number; folded: string }[] = [];
  let at = 0;
  for (const cp of text) {
    points.push({ cp, at, folded: foldCodePoint(cp) });
    at += cp.length;
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    let folded = p.folded;
    const leet = LEET[folded];
    if (leet && LETTER.test(points[i - 1]?.folded ?? '') && LETTER.test(points[i + 1]?.folded ?? '')) folded = leet;
    if (folded === FILLER_MARK && points[i - 1]?.folded === FILLER_MARK) folded = '';
    if (folded !== '') emit(folded, p.at, p.at + p.cp.length);
  }
}
