/**
 * Pinyin keys of Chinese characters, via pinyin-pro. Every toneless reading of a character counts (还 is
 * both hai and huan, 呗 both bai and bei), so a key never depends on pinyin-pro guessing the right reading
 * from context. Keys are compared as strings such as "cui shou".
 */
import { pinyin } from 'pinyin-pro';
import { PINYIN_SYLLABLES } from './pinyin-syllables.ts';

const readingCache = new Map<string, readonly string[]>();
const MAX_CACHE = 20_000;

/** The toneless readings of one Chinese character (ü as v), most common first; [] for anything else. */
export function readingsOf(char: string): readonly string[] {
  const cached = readingCache.get(char);
  if (cached) return cached;
  let readings: string[] = [];
  if (/^\p{Script=Han}$/u.test(char)) {
    const all = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true });
    readings = [...new Set(all)].filter((r) => PINYIN_SYLLABLES.has(r));
  }
  if (readingCache.size >= MAX_CACHE) readingCache.clear();
  readingCache.set(char, readings);
  return readings;
}

/**
 * Folds the confusions pinyin input methods forgive ("fuzzy pinyin"): zh/ch/sh ~ z/c/s, n ~ l, and the
 * nasal finals ang/eng/ing ~ an/en/in.
 */
export function fuzzySyllable(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[^g]|$)/, 'l')
    .replace(/([aei])ng$/, '$1n');
}

/** The key of a syllable pair. */
export function pairKey(a: string, b: string): string {
  return `${a} ${b}`;
}

/** Every key of a pair of characters: one per combination of their readings (at most 16). */
export function charPairKeys(a: string, b: string, fuzzy = false): string[] {
  const keys = new Set<string>();
  const ra = readingsOf(a).slice(0, 4);
  const rb = readingsOf(b).slice(0, 4);
  for (const x of ra) for (const y of rb) keys.add(fuzzy ? pairKey(fuzzySyllable(x), fuzzySyllable(y)) : pairKey(x, y));
  return [...keys];
}

/** The first letters of a character's readings (zh → z), as typed in pinyin-initials search (csm = 催收门). */
export function initialsOf(char: string): string {
  return [...new Set(readingsOf(char).map((r) => r[0] ?? ''))].join('');
}

/**
 * Toneless pinyin of a text for fuse.js's fuzzy matching: each run of Chinese characters becomes its
 * syllables run together (催收上门 → cuishoushangmen, pinyin-pro's reading in context), other text is kept,
 * runs are separated by spaces.
 */
export function pinyinLine(text: string): string {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    out.push(pinyin(run, { toneType: 'none', type: 'array', v: true }).join(''));
  }
  return out.join(' ');
}
