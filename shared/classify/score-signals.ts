import type { Signal } from './page-signals.ts';

/** How many times one term may count: a page that repeats a word is not more of a kind. */
const MAX_HITS_PER_TERM = 2;

function hitIndexes(folded: string, term: string): number[] {
  const hits: number[] = [];
  for (let at = folded.indexOf(term); at !== -1 && hits.length < 50; at = folded.indexOf(term, at + term.length)) hits.push(at);
  return hits;
}

/**
 * Weighted count of the signals in already-folded text. A hit preceded (within a few characters) by one of
 * `negators` does not count; each term counts at most twice.
 */
export function scoreSignals(folded: string, signals: readonly Signal[], negators: readonly string[] = []): number {
  let score = 0;
  for (const { term, weight } of signals) {
    const hits = hitIndexes(folded, term).filter((at) => {
      const before = folded.slice(Math.max(0, at - 4), at);
      return !negators.some((negator) => before.endsWith(negator) || before.slice(0, -1).endsWith(negator));
    });
    score += weight * Math.min(hits.length, MAX_HITS_PER_TERM);
  }
  return score;
}

/** True when any signal term occurs. */
export function hasAnySignal(folded: string, signals: readonly Signal[]): boolean {
  return signals.some(({ term }) => folded.includes(term));
}

/** Weighted count of the distinct signal terms present: each term once, however often it recurs. */
export function distinctScore(folded: string, signals: readonly Signal[]): number {
  return signals.reduce((score, { term, weight }) => (folded.includes(term) ? score + weight : score), 0);
}
