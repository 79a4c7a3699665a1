/**
 * Search quality on the real corpus: the public fixture queries (../shared/fixtures/search-queries.jsonl)
 * and our own held-out queries (own-queries.jsonl) must find an acceptable page in the top 5.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteCorpus } from '../cli/load-site-corpus.ts';
import { hasPublicFixtures, readPublicJsonl } from '../corpus/read-public-fixtures.ts';
import { buildSearchIndex } from './build-index.ts';
import { loadSearchIndex, type Searcher } from './searcher.ts';
import type { SearchLang } from './search-doc.ts';

type Query = { q: string; lang: SearchLang; expect: string[] };

function readQueries(url: URL): Query[] {
  return readFileSync(fileURLToPath(url), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Query);
}

const SETS = {
  ...(hasPublicFixtures ? { public: readPublicJsonl<Query>('search-queries.jsonl') } : {}),
  own: readQueries(new URL('./own-queries.jsonl', import.meta.url)),
};

describe('search over the real corpus', () => {
  const searchers = new Map<SearchLang, Searcher>();

  beforeAll(() => {
    const { docs } = loadSiteCorpus();
    for (const lang of ['zh-hans', 'zh-hant', 'en'] as const) searchers.set(lang, loadSearchIndex(buildSearchIndex(docs, lang)));
  });

  for (const [name, queries] of Object.entries(SETS)) {
    it(`finds an acceptable page in the top 5 for ≥ 95% of the ${name} queries`, () => {
      const misses = queries.filter((query) => {
        const slugs = searchers.get(query.lang)!.search(query.q, { limit: 5 }).map((r) => r.slug);
        return !query.expect.some((slug) => slugs.includes(slug));
      });
      const recall = (queries.length - misses.length) / queries.length;
      console.log(`search recall@5 (${name}): ${queries.length - misses.length}/${queries.length} = ${recall.toFixed(3)}`, misses.map((m) => m.q));
      expect(recall).toBeGreaterThanOrEqual(0.95);
    });
  }
});
