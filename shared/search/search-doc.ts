/**
 * The page shape the search index is built from: the content loader's `searchDocSchema`
 * (shared/content/search-doc.ts), re-exported under the names the search modules use.
 */
import type { z } from 'zod';
import { contentLangSchema } from '../content/content-lang.ts';
import { pageSectionSchema } from '../content/page.ts';
import { searchDocSchema } from '../content/search-doc.ts';

/** A site language (CONTRACT §2). */
export const searchLangSchema = contentLangSchema;
export type SearchLang = z.infer<typeof searchLangSchema>;

/** One section of a page: its heading and its plain text (no markup). */
export const searchDocSectionSchema = pageSectionSchema;

/** One page of the site, flattened to what search needs. */
export const searchDocInput = searchDocSchema;
export type SearchDocInput = z.infer<typeof searchDocInput>;
