/** The query side: a loaded index and its `search`. */
import { pickExcerpt } from './excerpt.ts';
import { loadIndex, type LoadedIndex } from './load-index.ts';
import { planQuery } from './query-plan.ts';
import { scorePages } from './score-pages.ts';
import type { SearchLang } from './search-doc.ts';
import type { SearchOptions, SearchResult } from './search-result.ts';

/** Results when no limit is given. */
export const DEFAULT_LIMIT = 10;
/** Most results a search returns. */
export const MAX_LIMIT = 100;

/** A loaded index, ready to answer queries. */
export interface Searcher {
  /** The language of every page in the index. */
  readonly lang: SearchLang;
  /** How many pages the index holds. */
  readonly size: number;
  /**
   * Pages matching `query`, best first, at most one per slug, at most `limit` (default 10, at most 100).
   * A query with nothing to search (empty, punctuation only) returns []; a query that is not a string
   * throws a TypeError, and any failure inside the engine surfaces instead of looking like "no results".
   */
  search(query: string, options?: SearchOptions): SearchResult[];
}

function resolveLimit(options: unknown): number {
  const limit = typeof options === 'object' && options !== null ? (options as { limit?: unknown }).limit : undefined;
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
}

/** Runs one query against a loaded index (see Searcher.search for what it returns and throws). */
export function searchIndex(index: LoadedIndex, query: unknown, options?: SearchOptions): SearchResult[] {
  if (typeof query !== 'string') throw new TypeError(`search query must be a string, got ${typeof query}`);
  const limit = resolveLimit(options);
  const plan = planQuery(index, query);
  return scorePages(index, plan)
    .slice(0, limit)
    .map(({ page, score }) => {
      const data = index.pages[page];
      return {
        slug: data?.slug ?? '',
        title: data?.title ?? '',
        score: Math.round(score * 1e4) / 1e4,
        ...pickExcerpt(index, page, plan),
      };
    });
}

/**
 * Loads a serialised index (the output of `buildSearchIndex`, or the same parsed back from JSON).
 * Throws when it is not one.
 */
export function loadSearchIndex(serialized: unknown): Searcher {
  const index = loadIndex(serialized);
  return {
    lang: index.lang,
    size: index.pages.length,
    search: (query, options) => searchIndex(index, query, options),
  };
}
