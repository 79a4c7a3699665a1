/**
 * Typo and prefix expansion of an English query word against the indexed vocabulary: "colector" reaches
 * "collector", "harass" reaches "harassment". Linear in the vocabulary, each comparison bounded.
 */
import { ALT_WEIGHT } from './weights.ts';

/** Optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[n] ?? max + 1;
}

/** An expansion of a query word: an indexed word and its weight relative to an exact match. */
export interface Expansion {
  token: string;
  weight: number;
}

const MAX_EXPANSIONS = 12;

/**
 * Indexed words near `word` (already stemmed): one edit away for words of 4+ letters, two for 8+ (only
 * when `word` itself is not indexed), and words starting with it (4+ letters).
 */
export function expandWord(word: string, vocab: readonly string[], wordIsIndexed: boolean): Expansion[] {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return [];
  const maxEdits = wordIsIndexed ? 0 : word.length >= 8 ? 2 : 1;
  const out: Expansion[] = [];
  for (const v of vocab) {
    if (v === word) continue;
    if (v.length > word.length && v.startsWith(word)) {
      out.push({ token: v, weight: ALT_WEIGHT.prefix });
      continue;
    }
    if (maxEdits === 0) continue;
    const d = editDistance(word, v, maxEdits);
    if (d > maxEdits) continue;
    if (d === 1) out.push({ token: v, weight: ALT_WEIGHT.edit1 });
    else if (d === 2) out.push({ token: v, weight: ALT_WEIGHT.edit2 });
  }
  out.sort((a, b) => b.weight - a.weight || a.token.length - b.token.length);
  return out.slice(0, MAX_EXPANSIONS);
}
