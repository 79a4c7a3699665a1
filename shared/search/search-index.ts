/**
 * Site search (the `search` command of CONTRACT §6, the site's search box and the extension's).
 *
 * Build time: `buildSearchIndex(docs, lang)` → a JSON-serialisable `SerializedIndex`.
 * Run time: `loadSearchIndex(serialized).search(query, { limit })` → `SearchResult[]`, best first.
 *
 * Browser-safe: no Node built-ins. Matching handles Simplified and Traditional Chinese, toneless pinyin
 * (cuishou shangmen) and its initials, homophone typos (崔收 → 催收), English with typos, and hotline
 * numbers; ranking is documented in score-pages.ts.
 */
export { buildSearchIndex } from './build-index.ts';
export { loadSearchIndex, DEFAULT_LIMIT, MAX_LIMIT, type Searcher } from './searcher.ts';
export {
  searchDocInput, searchDocSectionSchema, searchLangSchema, type SearchDocInput, type SearchLang,
} from './search-doc.ts';
export {
  searchResultSchema, searchOptionsSchema, type SearchResult, type SearchOptions,
} from './search-result.ts';
export {
  serializedIndexSchema, SEARCH_INDEX_FORMAT, type SerializedIndex, type SerializedPage,
} from './serialized-index.ts';
