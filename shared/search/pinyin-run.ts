/** Typed pinyin in a query (cuishou shangmen): syllable pairs matched as the character pairs they spell. */
import { pinyinPairGroup, pinyinSyllableGroup, type PlanIndex, type TermGroup } from './term-groups.ts';

/** Adds pinyin groups for a run of typed pinyin words; returns the words whose pinyin matched something. */
export function addPinyinRun(index: PlanIndex, words: string[][][], add: (g: TermGroup) => void): boolean[] {
  const matched = words.map(() => false);
  const seq: Array<{ syllable: string; word: number; pairs: number; single: boolean }> = [];
  words.forEach((splits, w) => {
    const primary = splits[0] ?? [];
    for (const syllable of primary) {
      seq.push({ syllable, word: w, pairs: Math.max(1, primary.length - 1), single: primary.length === 1 });
    }
    const alt = splits[1];
    if (alt) {
      for (let i = 0; i + 1 < alt.length; i++) {
        const g = pinyinPairGroup(index, alt[i] ?? '', alt[i + 1] ?? '', false);
        if (g.alts.length) add(g);
      }
    }
  });
  if (seq.length === 1 && seq[0]) {
    const g = pinyinSyllableGroup(index, seq[0].syllable);
    if (g.alts.length) {
      add(g);
      matched[0] = true;
    }
    return matched;
  }
  for (let i = 0; i + 1 < seq.length; i++) {
    const a = seq[i];
    const b = seq[i + 1];
    if (!a || !b) continue;
    const sameWord = a.word === b.word;
    // Syllables typed one by one (cui shou) pair up like those of one word.
    const g = pinyinPairGroup(index, a.syllable, b.syllable, sameWord || (a.single && b.single));
    if (!g.alts.length) continue;
    if (sameWord) g.weight /= a.pairs;
    add(g);
    matched[a.word] = true;
    matched[b.word] = true;
  }
  return matched;
}

