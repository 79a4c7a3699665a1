/**
 * Rebuilds, from a serialised index, what queries run against: per-token postings with BM25F-ready
 * pseudo-frequencies, document frequencies, the pinyin readings of every character of the corpus, the
 * English vocabulary, and fuse.js over the page heads.
 */
import Fuse from 'fuse.js';
import { foldForSearch } from './fold-text.ts';
import { fuzzySyllable, readingsOf } from './pinyin-keys.ts';
import { textTokens } from './tokenize.ts';
import { serializedIndexSchema, type SerializedIndex, type SerializedPage } from './serialized-index.ts';
import { FIELD_B, FIELD_WEIGHT, FIELDS, FUSE_KEYS, HEAD_REPEAT, PRESENCE_FIELD, type Field } from './weights.ts';

/** A page's share of a token: its weighted head presence and its length-normalised body frequency. */
export interface Posting {
  page: number;
  /**
   * Weighted presence in the head fields (title, aliases, keywords): the heaviest field holding the token,
   * plus HEAD_REPEAT of the others (repeating a word in every head field earns little).
   */
  head: number;
  /** Σ weight × tf / length norm over headings, summary and body (BM25F pseudo-frequency). */
  body: number;
}

/** The in-memory index. */
export interface LoadedIndex {
  lang: SerializedIndex['lang'];
  pages: readonly SerializedPage[];
  /** Folded text of every chunk, [page][section][chunk], for excerpts. */
  foldedChunks: readonly (readonly (readonly string[])[])[];
  /** Folded text of each page's fields, for the pinyin-initials channel. */
  foldedFields: readonly Record<Field, string>[];
  postings: ReadonlyMap<string, readonly Posting[]>;
  /** Characters of the corpus by toneless reading, and by fuzzy reading. */
  charsByReading: ReadonlyMap<string, readonly string[]>;
  charsByFuzzyReading: ReadonlyMap<string, readonly string[]>;
  /** Indexed ASCII words (stemmed), for typo and prefix expansion. */
  latinVocab: readonly string[];
  fuse: Fuse<SerializedPage>;
}

/** The document frequency of a token. */
export function docFreq(index: Pick<LoadedIndex, 'postings'>, token: string): number {
  return index.postings.get(token)?.length ?? 0;
}

/** BM25 inverse document frequency (never negative). */
export function idf(pageCount: number, df: number): number {
  return Math.log(1 + (pageCount - df + 0.5) / (df + 0.5));
}

function fieldTexts(page: SerializedPage, fold: (s: string) => string): Record<Field, string> {
  return {
    title: fold(page.title),
    aliases: fold(page.aliases.join('\n')),
    keywords: fold(page.keywords.join('\n')),
    headings: fold(page.headings.join('\n')),
    summary: fold(page.summary),
    body: '',
  };
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Builds the in-memory index from a serialised one (validated: throws on anything malformed). */
export function loadIndex(input: unknown): LoadedIndex {
  const data = serializedIndexSchema.parse(input);
  const pages = data.pages;
  const folded = new Map<string, string>();
  const fold = (s: string) => {
    let f = folded.get(s);
    if (f === undefined) folded.set(s, (f = foldForSearch(s)));
    return f;
  };

  const foldedChunks = pages.map((p) => p.sections.map((s) => s.c.map(fold)));
  const foldedFields = pages.map((p, i) => {
    const fields = fieldTexts(p, fold);
    fields.body = (foldedChunks[i] ?? []).flat().join('\n');
    return fields;
  });

  // Term frequencies per page and field, and field lengths.
  const tfs: Array<Record<Field, Map<string, number>>> = [];
  const lengths: Array<Record<Field, number>> = [];
  const totalLength: Record<Field, number> = { title: 0, aliases: 0, keywords: 0, headings: 0, summary: 0, body: 0 };
  for (const fields of foldedFields) {
    const tf = {} as Record<Field, Map<string, number>>;
    const len = {} as Record<Field, number>;
    for (const field of FIELDS) {
      const { tokens, length } = textTokens(fields[field]);
      const counts = new Map<string, number>();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      tf[field] = counts;
      len[field] = length;
      totalLength[field] += length;
    }
    tfs.push(tf);
    lengths.push(len);
  }

  const postings = new Map<string, Posting[]>();
  const n = Math.max(1, pages.length);
  tfs.forEach((tf, page) => {
    const perToken = new Map<string, Posting>();
    const headMax = new Map<string, number>();
    for (const field of FIELDS) {
      const avg = totalLength[field] / n || 1;
      const norm = 1 - FIELD_B[field] + (FIELD_B[field] * (lengths[page]?.[field] ?? 0)) / avg;
      for (const [token, count] of tf[field]) {
        let p = perToken.get(token);
        if (!p) perToken.set(token, (p = { page, head: 0, body: 0 }));
        if (PRESENCE_FIELD[field]) {
          p.head += FIELD_WEIGHT[field];
          headMax.set(token, Math.max(headMax.get(token) ?? 0, FIELD_WEIGHT[field]));
        }
        else p.body += (FIELD_WEIGHT[field] * count) / norm;
      }
    }
    for (const [token, p] of perToken) {
      const max = headMax.get(token) ?? 0;
      p.head = max + HEAD_REPEAT * (p.head - max);
      const list = postings.get(token);
      if (list) list.push(p);
      else postings.set(token, [p]);
    }
  });

  const charsByReading = new Map<string, string[]>();
  const charsByFuzzyReading = new Map<string, string[]>();
  const latinVocab: string[] = [];
  for (const token of postings.keys()) {
    if (/^\p{Script=Han}$/u.test(token)) {
      for (const r of readingsOf(token)) {
        addTo(charsByReading, r, token);
        addTo(charsByFuzzyReading, fuzzySyllable(r), token);
      }
    } else if (/^[a-z]{2,}$/.test(token)) latinVocab.push(token);
  }

  const fuseIndex = Fuse.parseIndex<SerializedPage>(data.fuse);
  const fuse = new Fuse(
    pages,
    {
      keys: FUSE_KEYS,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
      useTokenSearch: true,
      tokenize: /[a-z0-9]+|\p{Script=Han}{3,}/gu,
    },
    fuseIndex,
  );

  return {
    lang: data.lang,
    pages,
    foldedChunks,
    foldedFields,
    postings,
    charsByReading,
    charsByFuzzyReading,
    latinVocab,
    fuse,
  };
}
