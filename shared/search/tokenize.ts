/**
 * Turns folded text (see fold-text.ts) into index tokens. The same functions tokenize pages and queries, so
 * a token means the same thing on both sides:
 * - every Chinese character (unigram), and every pair of adjacent units in which at least one is Chinese
 *   (bigram: 催收, and 融e / e借 for 融e借), since `Intl.Segmenter` splits 催收 into 催|收 on ICU;
 * - words of three or more Chinese characters found by `Intl.Segmenter('zh', { granularity: 'word' })`;
 * - English words, lower-cased and stemmed, stop-words dropped;
 * - numbers (12378, 24, 0.05) and runs of other letters as they are.
 * "Adjacent" means with nothing in between: spaces and punctuation break a segment.
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

/** Appends the unit, bigram and long-word tokens of one clean segment to `out`. */
export function segmentTokens(units: readonly Unit[], out: string[]): void {
  let hanRun = '';
  const flushRun = () => {
    if (hanRun.length >= 3) for (const { word } of segmentWords(hanRun)) if (word.length >= 3) out.push(word);
    hanRun = '';
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const token = unitToken(unit);
    if (token) out.push(token);
    const next = units[i + 1];
    if (next) {
      const pair = pairToken(unit, next);
      if (pair) out.push(pair);
    }
    if (unit.kind === 'han') hanRun += unit.text;
    else flushRun();
  }
  flushRun();
}

/** All tokens of a folded text, with duplicates (their count is the term frequency), and its length in units. */
export function textTokens(folded: string): { tokens: string[]; length: number } {
  const tokens: string[] = [];
  let length = 0;
  for (const segment of scanSegments(folded)) {
    length += segment.length;
    segmentTokens(segment, tokens);
  }
  return { tokens, length };
}
