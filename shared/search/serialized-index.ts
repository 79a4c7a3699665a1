/**
 * The serialised search index: a plain JSON object built at site-build time by `buildSearchIndex` and shipped
 * to the browser and the extension, where `loadSearchIndex` turns it into a `Searcher`.
 *
 * It holds the page text once (plus fuse.js's own index of the short head fields) and no postings: the
 * token index, the pinyin maps and the vocabulary are rebuilt from the text when it is loaded (tens of
 * milliseconds for the whole site), which keeps the payload close to the size of the text itself and makes
 * the index and the query tokenised by the same `Intl.Segmenter` of the same engine.
 */
import { z } from 'zod';
import { searchLangSchema } from './search-doc.ts';

/** Bumped whenever the shape or the meaning of a field changes; `loadSearchIndex` refuses other versions. */
export const SEARCH_INDEX_FORMAT = 'debtguide-search/1';

/** A section of the body: its heading and its text cut into chunks of a few hundred characters. */
export const serializedSectionSchema = z.object({
  /** The section heading, as displayed ('' when the text comes before any heading). */
  h: z.string(),
  /** The section text in chunks, cut at sentence ends (see chunk-text.ts), in order. */
  c: z.array(z.string()),
});

/** One page: the fields fuse.js indexes (its "head") and the body sections. Text is as displayed. */
export const serializedPageSchema = z.object({
  /** The page slug, e.g. `rights/contact-hours`. */
  slug: z.string(),
  /** The page kind, carried from the input document. */
  kind: z.string(),
  /** The page title. */
  title: z.string(),
  /** The page summary. */
  summary: z.string(),
  /** Search keywords of the page. */
  keywords: z.array(z.string()),
  /** Other names of the page's subject. */
  aliases: z.array(z.string()),
  /** Headings of the page. */
  headings: z.array(z.string()),
  /** Toneless pinyin of the title, aliases and keywords ('' when they hold no Chinese), for fuzzy pinyin. */
  py: z.string(),
  /** The body, section by section. */
  sections: z.array(serializedSectionSchema),
});

/** A fuse.js key as `FuseIndex.toJSON()` writes it. */
export const fuseKeySchema = z.object({
  /** The key's path segments. */
  path: z.array(z.string()),
  /** The key's id (its path joined). */
  id: z.string(),
  /** The key's normalised weight. */
  weight: z.number(),
  /** The key as it was given. */
  src: z.union([z.string(), z.array(z.string())]),
});

/** A fuse.js sub-record: one string value and its field-length norm (`i` is the position in an array key). */
export const fuseSubRecordSchema = z.object({
  /** The value. */
  v: z.string(),
  /** Position of the value in an array-valued key. */
  i: z.number().optional(),
  /** Field-length norm computed by fuse.js. */
  n: z.number(),
});

/** One fuse.js index record (object documents): key index → value(s). */
export const fuseRecordSchema = z.object({
  /** Index of the document (the page) in `pages`. */
  i: z.number().int().nonnegative(),
  /** Values by key index. */
  $: z.record(z.string(), z.union([fuseSubRecordSchema, z.array(fuseSubRecordSchema)])),
});

/** The whole serialised index. */
export const serializedIndexSchema = z.object({
  /** Format tag, always `SEARCH_INDEX_FORMAT`. */
  format: z.literal(SEARCH_INDEX_FORMAT),
  /** The language every page of this index is in. */
  lang: searchLangSchema,
  /** The pages, in slug order. */
  pages: z.array(serializedPageSchema),
  /** `Fuse.createIndex(FUSE_KEYS, pages).toJSON()` over the pages' head fields. */
  fuse: z.object({
    /** The fuse keys. */
    keys: z.array(fuseKeySchema),
    /** The fuse records, one per page. */
    records: z.array(fuseRecordSchema),
  }),
});
export type SerializedIndex = z.infer<typeof serializedIndexSchema>;
export type SerializedPage = z.infer<typeof serializedPageSchema>;
export type SerializedSection = z.infer<typeof serializedSectionSchema>;
