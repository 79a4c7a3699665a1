/**
 * The popup's search: the shared engine over the index built from the corpus at build time. Each language's
 * index is its own chunk, loaded (from the extension itself, never the network) the first time it is needed.
 */
import { loadSearchIndex, type SearchResult, type Searcher } from '@debtguide/shared/search';
import type { Lang } from './bundled-texts.ts';

const loaders: Record<Lang, () => Promise<{ default: unknown }>> = {
  'zh-hans': () => import('./generated/search-index.zh-hans.ts'),
  'zh-hant': () => import('./generated/search-index.zh-hant.ts'),
  en: () => import('./generated/search-index.en.ts'),
};

const searchers = new Map<Lang, Promise<Searcher>>();

/** The searcher for `lang`, loaded once. */
export function searcherFor(lang: Lang): Promise<Searcher> {
  let searcher = searchers.get(lang);
  if (!searcher) {
    searcher = loaders[lang]().then((module) => loadSearchIndex(module.default));
    searchers.set(lang, searcher);
  }
  return searcher;
}

/** Results for `query` in `lang`, best first. */
export async function searchGuides(lang: Lang, query: string, limit = 8): Promise<SearchResult[]> {
  return (await searcherFor(lang)).search(query, { limit });
}
