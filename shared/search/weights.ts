/**
 * Every weight of the ranking, in one place. How they are combined is documented in score-pages.ts.
 */

/** The fields of a page the token index scores, in the order postings store them. */
export const FIELDS = ['title', 'aliases', 'keywords', 'headings', 'summary', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * Head fields (title, aliases, keywords) are short and curated: a term counts once there, by presence, with
 * a high weight. The others are scored by term frequency with BM25 saturation and length normalisation.
 */
export const FIELD_WEIGHT: Record<Field, number> = {
  title: 2.5,
  aliases: 2,
  keywords: 2,
  headings: 1.5,
  summary: 1.5,
  body: 1,
};

/** Whether a field is scored by presence (head) rather than by saturated frequency. */
export const PRESENCE_FIELD: Record<Field, boolean> = {
  title: true,
  aliases: true,
  keywords: true,
  headings: false,
  summary: false,
  body: false,
};

/** Share of a head field's weight earned when a heavier head field already holds the term. */
export const HEAD_REPEAT = 0.2;

/** BM25 length-normalisation strength per frequency-scored field. */
export const FIELD_B: Record<Field, number> = {
  title: 0,
  aliases: 0,
  keywords: 0,
  headings: 0.3,
  summary: 0.3,
  body: 0.75,
};

/** BM25 term-frequency saturation. */
export const K1 = 1.2;

/** Weights of the query's term groups (see query-plan.ts). */
export const GROUP_WEIGHT = {
  /** A pair of adjacent characters (催收), or the pinyin pair typed for one (cuishou). */
  bigram: 1,
  /** A single Chinese character: weak, it only matters when pairs do not match. */
  unigram: 0.25,
  /** A word of three or more characters as the segmenter cut it (打电话): a phrase bonus. */
  longWord: 0.5,
  /** An English word. */
  word: 1,
  /** A number such as a hotline (12378): specific, so worth more than a word. */
  number: 1.5,
  /** A single typed pinyin syllable (dai): every character read that way. */
  pinyinSyllable: 0.3,
  /** Pinyin initials (cssm = 催收上门). */
  initials: 0.8,
  /** A synonym set of a query word (bonus only). */
  synonym: 0.5,
} as const;

/** Weights of alternatives inside one group, relative to the literal token (1). */
export const ALT_WEIGHT = {
  /** A different pair of characters with the same pinyin (崔收 → 催收): homophone typos. */
  homophone: 0.7,
  /** Same pinyin after fuzzy folding (zh~z, n~l, ang~an). */
  fuzzyPinyin: 0.5,
  /** An English word one edit away. */
  edit1: 0.75,
  /** An English word two edits away (long words only). */
  edit2: 0.55,
  /** An English word that starts with the query word (harass → harassment). */
  prefix: 0.6,
} as const;

/**
 * fuse.js keys: the short, curated head fields where a fuzzy match means most, and `py`, the toneless
 * pinyin of title, aliases and keywords. Summary, headings and body are left to the token channel (and
 * its own typo expansion), which keeps fuse.js's part of the payload and of the query time small.
 */
export const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 3 },
  { name: 'keywords', weight: 2.5 },
  { name: 'py', weight: 2 },
];

/** How much a perfect fuse.js match can lift a page (see score-pages.ts). */
export const FUSE_BLEND = 0.6;

/** Largest query, in UTF-16 units, that is looked at; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;

/** Results worse than this score are not returned. */
export const MAX_SCORE = 0.97;
