/**
 * Indexes of the test corpus, built once per test file: Simplified, Traditional (converted by OpenCC, as
 * the site converts its pages) and English. Test-only.
 */
import { Converter } from 'opencc-js/cn2t';
import { buildSearchIndex } from './build-index.ts';
import { loadIndex, type LoadedIndex } from './load-index.ts';
import type { SearchDocInput } from './search-doc.ts';
import { loadSearchIndex, type Searcher } from './searcher.ts';
import type { SerializedIndex } from './serialized-index.ts';
import { EN_DOCS, ZH_HANS_DOCS } from './test-corpus.ts';

const toTraditional = Converter({ from: 'cn', to: 'twp' });

/** The Simplified test pages converted to Traditional (Taiwan phrases), as zh-hant pages. */
export const ZH_HANT_DOCS: SearchDocInput[] = ZH_HANS_DOCS.map(
  (d) => JSON.parse(toTraditional(JSON.stringify({ ...d, lang: 'zh-hant' }))) as SearchDocInput,
);

/** All test pages, every language. */
export const ALL_DOCS: SearchDocInput[] = [...ZH_HANS_DOCS, ...ZH_HANT_DOCS, ...EN_DOCS];

const serialized = new Map<string, SerializedIndex>();

/** The serialised index of one language, after a JSON round trip (as shipped). */
export function testIndex(lang: SearchDocInput['lang']): SerializedIndex {
  let s = serialized.get(lang);
  if (!s) {
    s = JSON.parse(JSON.stringify(buildSearchIndex(ALL_DOCS, lang))) as SerializedIndex;
    serialized.set(lang, s);
  }
  return s;
}

/** A searcher over one language of the test corpus. */
export function testSearcher(lang: SearchDocInput['lang']): Searcher {
  return loadSearchIndex(testIndex(lang));
}

/** The loaded (in-memory) index of one language of the test corpus. */
export function testLoaded(lang: SearchDocInput['lang']): LoadedIndex {
  return loadIndex(testIndex(lang));
}
