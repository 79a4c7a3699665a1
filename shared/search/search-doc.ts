/**
 * The page shape the search index is built from. The content loader will export the same shape as
 * `searchDocSchema` from shared/content/search-doc.ts; until then this local copy is the source of truth for
 * shared/search, and the two are to be unified (import theirs here and delete this one).
 */
import { z } from 'zod';

/** A site language (CONTRACT §2). */
export const searchLangSchema = z.enum(['zh-hans', 'zh-hant', 'en']);
export type SearchLang = z.infer<typeof searchLangSchema>;

/** One section of a page: its heading and its plain text (no markup). */
export const searchDocSectionSchema = z.object({
  /** The section's heading as shown on the page ('' for text before the first heading). */
  heading: z.string(),
  /** The section's plain text. */
  text: z.string(),
});

/** One page of the site, flattened to what search needs. */
export const searchDocInput = z.object({
  /** The page's slug (CONTRACT §2), e.g. `rights/third-party-contact`. */
  slug: z.string().min(1),
  /** The page's language. */
  lang: searchLangSchema,
  /** The page's kind (rights, scenarios, products, …); carried along, not scored. */
  kind: z.string(),
  /** The page's title. */
  title: z.string(),
  /** A one- or two-sentence summary. */
  summary: z.string(),
  /** All headings of the page, in order. */
  headings: z.array(z.string()),
  /** Words a reader might search for that the page is about. */
  keywords: z.array(z.string()),
  /** Other names for the page's subject (product names, 俗称, English names). */
  aliases: z.array(z.string()),
  /** The page's body, section by section. */
  sections: z.array(searchDocSectionSchema),
});
export type SearchDocInput = z.infer<typeof searchDocInput>;
