/**
 * Rebuilds, from a serialised index, what queries run against: per-token postings with BM25F-ready
 * pseudo-frequencies, the folded text of every field (for phrase and initials scans and excerpts), the
 * pinyin readings of every character of the corpus, the English vocabulary, and fuse.js over the heads.
 */
import Fuse from 'fuse.js';
import { protectTerms, type ProtectedTerms } from './clean-query.ts';
import { foldForSearch } from './fold-text.ts';
import { fuzzySyllable, readingsOf } from './pinyin-keys.ts';
import { countTokens } from './tokenize.ts';
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
  /** Folded text of each page's fields (body: chunks joined by newlines), for phrase and initials scans. */
  foldedFields: readonly Readonly<Record<Field, string>>[];
  /** BM25 length-norm divisor of each page's fields: 1 − b + b × length / average length. */
  fieldNorms: readonly Readonly<Record<Field, number>>[];
  postings: ReadonlyMap<string, readonly Posting[]>;
  /** Characters of the corpus by toneless reading, and by fuzzy reading. */
  charsByReading: ReadonlyMap<string, readonly string[]>;
  charsByFuzzyReading: ReadonlyMap<string, readonly string[]>;
  /** Indexed ASCII words (stemmed), for typo and prefix expansion. */
  latinVocab: readonly string[];
  /** Aliases and keywords no filler is removed from in a query (和 of 和信贷; clean-query.ts). */
  protectedTerms: ProtectedTerms;
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

/** The posting of a page from a token's count in each field (null when it is in none). */
export function postingFor(
  page: number, countOf: (field: Field) => number, norms: Readonly<Record<Field, number>>,
): Posting | null {
  let headSum = 0;
  let headMax = 0;
  let body = 0;
  for (const field of FIELDS) {
    const count = countOf(field);
    if (!count) continue;
    if (PRESENCE_FIELD[field]) {
      headSum += FIELD_WEIGHT[field];
      headMax = Math.max(headMax, FIELD_WEIGHT[field]);
    } else body += (FIELD_WEIGHT[field] * count) / norms[field];
  }
  if (!headSum && !body) return null;
  return { page, head: headMax + HEAD_REPEAT * (headSum - headMax), body };
}

/** The fields, head fields first and heaviest first (what the loader's one-pass head arithmetic needs). */
const FIELDS_HEAVIEST_FIRST: readonly Field[] = [...FIELDS].sort(
  (a, b) => Number(PRESENCE_FIELD[b]) - Number(PRESENCE_FIELD[a]) || FIELD_WEIGHT[b] - FIELD_WEIGHT[a],
);

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Builds the in-memory index from a serialised one (validated: throws on anything malformed). */
export function loadIndex(input: unknown): LoadedIndex {
  const data = serializedIndexSchema.parse(input);
  const pages = data.pages;

  const foldedChunks = pages.map((p) => p.sections.map((s) => s.c.map(foldForSearch)));
  const foldedFields = pages.map((p, i) => ({
    title: foldForSearch(p.title),
    aliases: foldForSearch(p.aliases.join('\n')),
    keywords: foldForSearch(p.keywords.join('\n')),
    headings: foldForSearch(p.headings.join('\n')),
    summary: foldForSearch(p.summary),
    body: (foldedChunks[i] ?? []).flat().join('\n'),
  }));

  // Term frequencies per page and field, field lengths, and length norms.
  const counts = foldedFields.map((fields) => {
    const byField = {} as Record<Field, Map<string, number>>;
    const lengths = {} as Record<Field, number>;
    for (const field of FIELDS) {
      byField[field] = new Map();
      lengths[field] = countTokens(fields[field], byField[field]);
    }
    return { byField, lengths };
  });
  const n = Math.max(1, pages.length);
  const fieldNorms = counts.map(({ lengths }) => {
    const norms = {} as Record<Field, number>;
    for (const field of FIELDS) {
      const avg = counts.reduce((sum, c) => sum + c.lengths[field], 0) / n || 1;
      norms[field] = 1 - FIELD_B[field] + (FIELD_B[field] * lengths[field]) / avg;
    }
    return norms;
  });

  // Same arithmetic as postingFor, field by field: head fields heaviest first, so the first head field a
  // token is met in is its heaviest and later ones add HEAD_REPEAT of their weight.
  const postings = new Map<string, Posting[]>();
  counts.forEach(({ byField }, page) => {
    const norms = fieldNorms[page] as Record<Field, number>;
    const perPage = new Map<string, Posting>();
    for (const field of FIELDS_HEAVIEST_FIRST) {
      const weight = FIELD_WEIGHT[field];
      const presence = PRESENCE_FIELD[field];
      for (const [token, count] of byField[field]) {
        let p = perPage.get(token);
        if (!p) {
          p = { page, head: 0, body: 0 };
          perPage.set(token, p);
          const list = postings.get(token);
          if (list) list.push(p);
          else postings.set(token, [p]);
        }
        if (!presence) p.body += (weight * count) / norms[field];
        else p.head += p.head === 0 ? weight : HEAD_REPEAT * weight;
      }
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

  const protectedTerms = protectTerms(pages.flatMap((p) => [...p.aliases, ...p.keywords].map(foldForSearch)));

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
    Fuse.parseIndex<SerializedPage>(data.fuse),
  );

  return {
    lang: data.lang,
    pages,
    foldedChunks,
    foldedFields,
    fieldNorms,
    postings,
    charsByReading,
    charsByFuzzyReading,
    latinVocab,
    protectedTerms,
    fuse,
  };
}
