/**
 * Postings computed at query time by scanning the folded page text, for what the token index does not hold:
 * whole phrases (打电话, 网络贷款: a word the query's segmenter found, or a synonym) and pinyin initials
 * (cssm = 催收上门). Linear in the corpus, and only run for the few such terms a query has.
 */
import { postingFor, type LoadedIndex, type Posting } from './load-index.ts';
import { initialsOf } from './pinyin-keys.ts';
import { FIELDS, type Field } from './weights.ts';

/** The parts of the loaded index a scan needs. */
export type ScanIndex = Pick<LoadedIndex, 'foldedFields' | 'fieldNorms'>;

const MAX_COUNT = 50;

function countIn(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count < MAX_COUNT; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

function scan(index: ScanIndex, texts: readonly Readonly<Record<Field, string>>[], needle: string): Posting[] {
  const out: Posting[] = [];
  if (!needle) return out;
  texts.forEach((fields, page) => {
    const norms = index.fieldNorms[page];
    if (!norms) return;
    const posting = postingFor(page, (f) => countIn(fields[f], needle), norms);
    if (posting) out.push(posting);
  });
  return out;
}

/** Postings of a phrase (folded text) found anywhere in the pages' fields. */
export function phrasePostings(index: ScanIndex, phrase: string): Posting[] {
  return scan(index, index.foldedFields, phrase);
}

const initialsCache = new WeakMap<ScanIndex, Array<Record<Field, string>>>();

/** Per page and field, each character's first-reading initial ('|' for anything not Chinese). */
function pageInitials(index: ScanIndex): Array<Record<Field, string>> {
  let cached = initialsCache.get(index);
  if (!cached) {
    cached = index.foldedFields.map((fields) => {
      const out = {} as Record<Field, string>;
      for (const field of FIELDS) {
        out[field] = Array.from(fields[field], (ch) => initialsOf(ch)[0] ?? '|').join('');
      }
      return out;
    });
    initialsCache.set(index, cached);
  }
  return cached;
}

/** Postings of typed pinyin initials (lower-case letters) over runs of Chinese characters. */
export function initialsPostings(index: ScanIndex, letters: string): Posting[] {
  return scan(index, pageInitials(index), letters);
}
