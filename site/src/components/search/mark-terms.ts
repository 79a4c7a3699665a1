/**
 * Marks what the reader typed inside a result's excerpt. Both sides are folded with the length-keeping
 * `foldForMatch` (width, case, Traditional → Simplified character by character), so a Simplified query marks
 * a Traditional excerpt at the right place. Chinese is matched by adjacent pairs (催收上门 marks 催收 and
 * 上门 wherever they occur), single characters only when the query is one; Latin words and numbers as typed
 * (prefixes included: "harass" marks "harassment"). Pinyin queries find pages but mark nothing.
 */
import { foldForMatch } from '@debtguide/shared/text';

export type Run = { text: string; mark: boolean };

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[a-z0-9]{2,}/g;

/** The folded strings to look for in a folded excerpt. */
export function queryTerms(query: string): string[] {
  const folded = foldForMatch(query.slice(0, 200));
  const terms = new Set<string>();
  for (const [run] of folded.matchAll(HAN_RUN)) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  for (const [word] of folded.matchAll(WORD)) terms.add(word);
  return [...terms];
}

/** `text` cut into runs, the matched ones with `mark: true`; overlapping matches are merged. */
export function markTerms(text: string, query: string): Run[] {
  const terms = queryTerms(query);
  if (terms.length === 0 || text === '') return text ? [{ text, mark: false }] : [];
  const folded = foldForMatch(text);
  const hit = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) hit.fill(1, at, at + term.length);
  }
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || hit[i] !== hit[start]) {
      runs.push({ text: text.slice(start, i), mark: hit[start] === 1 });
      start = i;
    }
  }
  return runs;
}
