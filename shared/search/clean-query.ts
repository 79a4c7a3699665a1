/**
 * Cleaning a folded query: filler phrases blanked out (怎么办, 吗, 我 …), each run of Chinese segmented with
 * `Intl.Segmenter` and filler words dropped (了, 会 …), English stop-words and typed-pinyin fillers
 * (zenmeban) dropped. Dropped words split the query into clean runs, so no pair is formed across them.
 * Nothing is dropped from inside a page alias or keyword found in the query (和 of 和信贷, 有 of 有钱花), nor
 * a filler character that, with its neighbour, sounds like a pair of an alias or keyword (被 of 借被, typed
 * for 借呗).
 */
import { charPairKeys, readingsOf } from './pinyin-keys.ts';
import { EN_STOPWORDS, ZH_FILLER_PHRASES, ZH_STOP_SEGMENTS } from './stopwords.ts';
import { scanSegments, segmentWords, type Unit } from './tokenize.ts';

/** A unit of the cleaned query, with the segmenter word it belongs to (pairs across words are "bridges"). */
export interface QueryUnit extends Unit {
  word: number;
  /** Characters in that word (bigrams inside a word share the word's weight). */
  wordLength: number;
  /** An ASCII word written against Chinese (the e of 融e借): never read as pinyin. */
  embedded: boolean;
}

let pinyinFillers: Set<string> | undefined;

/** Typed-pinyin spellings of the Chinese fillers (zenmeban, ma, de …), dropped like the fillers. */
function pinyinFillerSet(): Set<string> {
  if (!pinyinFillers) {
    pinyinFillers = new Set(['ma', 'ne', 'de', 'le', 'wo', 'ni', 'nin']);
    for (const phrase of ZH_FILLER_PHRASES) {
      if (phrase.length >= 2) pinyinFillers.add(Array.from(phrase, (c) => readingsOf(c)[0] ?? '').join(''));
    }
  }
  return pinyinFillers;
}

/** The page aliases and keywords that fillers are never removed from (see `protectTerms`). */
export interface ProtectedTerms {
  /** Folded aliases and keywords holding Chinese, longest first. */
  terms: readonly string[];
  /** Pairs of adjacent characters in them. */
  pairs: ReadonlySet<string>;
  /** Pinyin keys of those pairs (charPairKeys). */
  pairKeys: ReadonlySet<string>;
}

/** Protected terms from folded aliases and keywords (those of 2 to 16 characters holding Chinese). */
export function protectTerms(folded: Iterable<string>): ProtectedTerms {
  const terms = [...new Set(folded)]
    .filter((t) => t.length >= 2 && t.length <= 16 && /\p{Script=Han}/u.test(t))
    .sort((a, b) => b.length - a.length);
  const pairs = new Set<string>();
  const pairKeys = new Set<string>();
  for (const term of terms) {
    const chars = Array.from(term);
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] ?? '';
      const b = chars[i + 1] ?? '';
      if (pairs.has(a + b)) continue;
      pairs.add(a + b);
      for (const key of charPairKeys(a, b)) pairKeys.add(key);
    }
  }
  return { terms, pairs, pairKeys };
}

/** Whether a filler character next to another sounds like a protected pair it does not spell (借被 ~ 借呗). */
function soundsProtected(a: Unit | undefined, b: Unit | undefined, guard: ProtectedTerms): boolean {
  if (a?.kind !== 'han' || b?.kind !== 'han' || guard.pairs.has(a.text + b.text)) return false;
  return charPairKeys(a.text, b.text).some((k) => guard.pairKeys.has(k));
}

/** Marks the characters of `text` that belong to a protected term (an alias or keyword of some page). */
function protectedMask(text: string, terms: readonly string[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) mask.fill(1, at, at + term.length);
  }
  return mask;
}

/** Blanks out filler phrases (keeping offsets), except inside protected terms. */
function removeFillers(text: string, mask: Uint8Array): string {
  let out = text;
  for (const phrase of ZH_FILLER_PHRASES) {
    for (let at = out.indexOf(phrase); at !== -1; at = out.indexOf(phrase, at + phrase.length)) {
      if (mask.subarray(at, at + phrase.length).some((m) => m === 1)) continue;
      out = out.slice(0, at) + ' '.repeat(phrase.length) + out.slice(at + phrase.length);
    }
  }
  return out;
}

/** Splits segments into clean runs of units, dropping stop-words; collects long Chinese words. */
function cleanSegments(
  segments: Unit[][], longWords: string[], mask: Uint8Array, guard: ProtectedTerms,
): QueryUnit[][] {
  const clean: QueryUnit[][] = [];
  let wordId = 0;
  for (const segment of segments) {
    const keep: Array<QueryUnit | null> = segment.map((u, i) => ({
      ...u,
      word: wordId++,
      wordLength: 1,
      embedded: segment[i - 1]?.kind === 'han' || segment[i + 1]?.kind === 'han',
    }));
    for (let i = 0; i < segment.length; ) {
      const unit = segment[i] as Unit;
      if (unit.kind === 'latin' && !mask[unit.start] && (EN_STOPWORDS.has(unit.text) || pinyinFillerSet().has(unit.text))) {
        keep[i] = null;
      }
      if (unit.kind !== 'han') {
        i++;
        continue;
      }
      let j = i;
      while (j < segment.length && segment[j]?.kind === 'han') j++;
      const run = segment.slice(i, j).map((u) => u.text).join('');
      for (const { word, index } of segmentWords(run)) {
        const id = wordId++;
        for (let k = index; k < index + word.length; k++) {
          const u = keep[i + k];
          if (u) {
            u.word = id;
            u.wordLength = word.length;
          }
          const at = i + k;
          const rescued = word.length === 1 && (
            (!ZH_STOP_SEGMENTS.has(segment[at - 1]?.text ?? '') && soundsProtected(segment[at - 1], segment[at], guard)) ||
            (!ZH_STOP_SEGMENTS.has(segment[at + 1]?.text ?? '') && soundsProtected(segment[at], segment[at + 1], guard)));
          if (ZH_STOP_SEGMENTS.has(word) && !mask[segment[at]?.start ?? 0] && !rescued) keep[at] = null;
        }
        if (word.length >= 3 && !ZH_STOP_SEGMENTS.has(word)) longWords.push(word);
      }
      i = j;
    }
    let run: QueryUnit[] = [];
    for (const u of keep) {
      if (u) run.push(u);
      else if (run.length) {
        clean.push(run);
        run = [];
      }
    }
    if (run.length) clean.push(run);
  }
  return clean;
}

/** The clean runs of a folded query, the words of 3+ characters the segmenter found, and the cleaned text. */
export function cleanQuery(
  folded: string, guard: ProtectedTerms,
): { cleaned: string; runs: QueryUnit[][]; longWords: string[] } {
  const mask = protectedMask(folded, guard.terms);
  const cleaned = removeFillers(folded, mask);
  const longWords: string[] = [];
  const runs = cleanSegments(scanSegments(cleaned), longWords, mask, guard);
  return { cleaned, runs, longWords };
}
