/** Fetches and loads a language's search index once per page view; a failed load can be retried. */
import { loadSearchIndex, type Searcher } from '@debtguide/shared/search';

const pending = new Map<string, Promise<Searcher>>();

export function getSearcher(indexUrl: string): Promise<Searcher> {
  let searcher = pending.get(indexUrl);
  if (!searcher) {
    searcher = fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then(loadSearchIndex);
    searcher.catch(() => pending.delete(indexUrl));
    pending.set(indexUrl, searcher);
  }
  return searcher;
}
