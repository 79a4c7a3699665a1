/** What a search returns, and the options it takes. */
import { z } from 'zod';

/** One hit: a page, at most once per search. */
export const searchResultSchema = z.object({
  /** The page slug. */
  slug: z.string(),
  /** The page title, as displayed in the index's language. */
  title: z.string(),
  /** 0 is a perfect match, 1 no match at all (the fuse.js convention); results come best (lowest) first. */
  score: z.number().min(0).max(1),
  /** A short passage of the best-matching section (or the summary when only the page's head matched). */
  excerpt: z.string().optional(),
  /** The heading of the section the excerpt comes from, when it comes from the body. */
  sectionHeading: z.string().optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** Options of `Searcher.search`. */
export const searchOptionsSchema = z.object({
  /** Most results to return (default 10, at most 100). */
  limit: z.number().int().positive().max(100).optional(),
});
export type SearchOptions = z.infer<typeof searchOptionsSchema>;
