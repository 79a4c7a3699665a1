/**
 * The toneless Mandarin syllables (ü written v, as pinyin-pro's `v: true` writes it), and splitting of a
 * typed word such as "cuishou" or "wangdai" into them.
 */

const BY_INITIAL: Record<string, string> = {
  '': 'a ai an ang ao e ei en eng er o ou',
  b: 'a ai an ang ao ei en eng i ian iao ie in ing o u',
  p: 'a ai an ang ao ei en eng i ian iao ie in ing o ou u',
  m: 'a ai an ang ao e ei en eng i ian iao ie in ing iu o ou u',
  f: 'a an ang ei en eng o ou u',
  d: 'a ai an ang ao e ei en eng i ia ian iao ie ing iu ong ou u uan ui un uo',
  t: 'a ai an ang ao e ei eng i ian iao ie ing ong ou u uan ui un uo',
  n: 'a ai an ang ao e ei en eng i ian iang iao ie in ing iu ong ou u uan un uo v ve',
  l: 'a ai an ang ao e ei eng i ia ian iang iao ie in ing iu o ong ou u uan un uo v ve',
  g: 'a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo',
  k: 'a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo',
  h: 'a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo',
  j: 'i ia ian iang iao ie in ing iong iu u uan ue un',
  q: 'i ia ian iang iao ie in ing iong iu u uan ue un',
  x: 'i ia ian iang iao ie in ing iong iu u uan ue un',
  zh: 'a ai an ang ao e ei en eng i ong ou u ua uai uan uang ui un uo',
  ch: 'a ai an ang ao e en eng i ong ou u ua uai uan uang ui un uo',
  sh: 'a ai an ang ao e ei en eng i ou u ua uai uan uang ui un uo',
  r: 'an ang ao e en eng i ong ou u ua uan ui un uo',
  z: 'a ai an ang ao e ei en eng i ong ou u uan ui un uo',
  c: 'a ai an ang ao e en eng i ong ou u uan ui un uo',
  s: 'a ai an ang ao e en eng i ong ou u uan ui un uo',
  y: 'a an ang ao e i in ing o ong ou u uan ue un',
  w: 'a ai an ang ei en eng o u',
};

/** Every valid toneless syllable. */
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(
  Object.entries(BY_INITIAL).flatMap(([initial, finals]) => finals.split(' ').map((f) => initial + f)),
);

const MAX_SYLLABLE = 6;
const MAX_WORD = 40;

/**
 * Splits a lower-case ASCII word into pinyin syllables, or returns null when it is not pinyin. Of the
 * splittings with the fewest syllables, the ones with the fewest vowel-initial syllables are kept (fangan →
 * fan gan before fang an), at most `maxSplits` of them, best first. An apostrophe-free word is expected:
 * callers split on apostrophes themselves. `lue`/`nue` are read as `lve`/`nve`.
 */
export function splitPinyin(word: string, maxSplits = 2): string[][] | null {
  const w = word.replace(/([ln])ue/g, '$1ve');
  if (!w || w.length > MAX_WORD || !/^[a-z]+$/.test(w)) return null;
  const n = w.length;
  // best[i]: the splittings of w.slice(i) with the fewest syllables, fewest vowel-initial ones first.
  type Split = { syllables: string[]; vowels: number };
  const best: Array<{ count: number; splits: Split[] } | null> = new Array(n + 1).fill(null);
  best[n] = { count: 0, splits: [{ syllables: [], vowels: 0 }] };
  for (let i = n - 1; i >= 0; i--) {
    let current: { count: number; splits: Split[] } | null = null;
    for (let len = 1; len <= MAX_SYLLABLE && i + len <= n; len++) {
      const syllable = w.slice(i, i + len);
      const rest = best[i + len];
      if (!rest || !PINYIN_SYLLABLES.has(syllable)) continue;
      const count = rest.count + 1;
      const vowel = i > 0 && 'aeo'.includes(syllable[0] ?? '') ? 1 : 0;
      const splits = rest.splits.map((s) => ({ syllables: [syllable, ...s.syllables], vowels: s.vowels + vowel }));
      if (!current || count < current.count) current = { count, splits };
      else if (count === current.count) current.splits.push(...splits);
      current.splits.sort((a, b) => a.vowels - b.vowels);
      current.splits.length = Math.min(current.splits.length, maxSplits);
    }
    best[i] = current;
  }
  const result = best[0];
  return result ? result.splits.map((s) => s.syllables) : null;
}
