/**
 * Turns folded text (see fold-text.ts) into index tokens. The same functions tokenize pages and queries, so
 * a token means the same thing on both sides:
 * - every Chinese character (unigram), and every pair of adjacent units in which at least one is Chinese
 *   (bigram: 催收, and 融e / e借 for 融e借), since `Intl.Segmenter` splits 催收 into 催|收 on ICU;
 * - English words, lower-cased and stemmed, stop-words dropped;
 * - numbers (12378, 24, 0.05) and runs of other letters as they are.
 * "Adjacent" means with nothing in between: spaces and punctuation break a segment.
 * `Intl.Segmenter('zh', { granularity: 'word' })` is used on queries only (query-plan.ts): to find filler
 * words, word boundaries and whole words, which are then matched as phrases in the page text
 * (scan-postings.ts) rather than through segmenting every page when an index loads.
 */
import { EN_STOPWORDS } from './stopwords.ts';
import { stem } from './stem.ts';

/** What a unit is made of. */
export type UnitKind = 'han' | 'latin' | 'num' | 'other';

/** One unit of text: a Chinese character, an ASCII word, a number or a run of other letters. */
export interface Unit {
  text: string;
  kind: UnitKind;
  start: number;
  end: number;
}

const UNIT = /(\p{Script=Han})|([a-z]+)|(\d+(?:\.\d+)?)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** Splits folded text into segments: runs of units with nothing between them. */
export function scanSegments(folded: string): Unit[][] {
  const segments: Unit[][] = [];
  let current: Unit[] = [];
  let lastEnd = -1;
  for (const m of folded.matchAll(UNIT)) {
    const start = m.index;
    const text = m[0];
    const kind: UnitKind = m[1] ? 'han' : m[2] ? 'latin' : m[3] ? 'num' : 'other';
    if (start !== lastEnd && current.length) {
      segments.push(current);
      current = [];
    }
    current.push({ text, kind, start, end: start + text.length });
    lastEnd = start + text.length;
  }
  if (current.length) segments.push(current);
  return segments;
}

/** The token of a single unit, or null for an English stop-word. */
export function unitToken(unit: Unit): string | null {
  if (unit.kind === 'latin') return EN_STOPWORDS.has(unit.text) ? null : stem(unit.text);
  return unit.text;
}

/** The bigram token of two adjacent units, or null when the pair is not one that gets a bigram. */
export function pairToken(a: Unit, b: Unit): string | null {
  const kindsOk = (a.kind === 'han' || a.kind === 'latin') && (b.kind === 'han' || b.kind === 'latin');
  if (!kindsOk || (a.kind !== 'han' && b.kind !== 'han')) return null;
  return a.text + b.text;
}

let segmenter: Intl.Segmenter | null | undefined;

/** Words of a run of Chinese characters, per `Intl.Segmenter` (each character when it is unavailable). */
export function segmentWords(run: string): Array<{ word: string; index: number }> {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  if (!segmenter) return Array.from(run, (ch, i) => ({ word: ch, index: i }));
  return Array.from(segmenter.segment(run), (s) => ({ word: s.segment, index: s.index }));
}

/**
 * Counts the tokens of a folded text into `counts` (unigrams, pairs, words, numbers: the same tokens
 * `unitToken` and `pairToken` give a query) and returns its length in units. A single pass with no
 * intermediate objects, since it runs over the whole corpus when an index is loaded.
 */
export function countTokens(folded: string, counts: Map<string, number>): number {
  const bump = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  let length = 0;
  let prevEnd = -1;
  let prevText = '';
  let prevKind: UnitKind | '' = '';
  for (const m of folded.matchAll(UNIT)) {
    const text = m[0];
    const kind: UnitKind = m[1] ? 'han' : m[2] ? 'latin' : m[3] ? 'num' : 'other';
    length++;
    if (kind === 'latin') {
      if (!EN_STOPWORDS.has(text)) bump(stem(text));
    } else bump(text);
    if (m.index === prevEnd && (kind === 'han' || prevKind === 'han')) {
      if ((kind === 'han' || kind === 'latin') && (prevKind === 'han' || prevKind === 'latin')) bump(prevText + text);
    }
    prevEnd = m.index + text.length;
    prevText = text;
    prevKind = kind;
  }
  return length;
}
