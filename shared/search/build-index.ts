/** Builds the serialised search index of one language from the site's pages (at build time). */
import Fuse from 'fuse.js';
import { chunkText } from './chunk-text.ts';
import { foldForSearch } from './fold-text.ts';
import { pinyinLine } from './pinyin-keys.ts';
import { searchDocInput, type SearchDocInput, type SearchLang } from './search-doc.ts';
import { SEARCH_INDEX_FORMAT, type SerializedIndex, type SerializedPage } from './serialized-index.ts';
import { FUSE_KEYS } from './weights.ts';

function toPage(doc: SearchDocInput): SerializedPage {
  const head = [doc.title, ...doc.aliases, ...doc.keywords].join('\n');
  return {
    slug: doc.slug,
    kind: doc.kind,
    title: doc.title,
    summary: doc.summary,
    keywords: doc.keywords,
    aliases: doc.aliases,
    headings: doc.headings,
    py: /\p{Script=Han}/u.test(head) ? pinyinLine(foldForSearch(head)) : '',
    sections: doc.sections
      .map((s) => ({ h: s.heading, c: chunkText(s.text) }))
      .filter((s) => s.c.length > 0),
  };
}

/**
 * Builds the index of the pages of `docs` written in `lang` (pages in other languages are skipped, so the
 * whole corpus can be passed for each language). Throws on an invalid document or a slug given twice.
 */
export function buildSearchIndex(docs: readonly SearchDocInput[], lang: SearchLang): SerializedIndex {
  const seen = new Set<string>();
  const pages: SerializedPage[] = [];
  for (const raw of docs) {
    const doc = searchDocInput.parse(raw);
    if (doc.lang !== lang) continue;
    if (seen.has(doc.slug)) throw new Error(`buildSearchIndex: slug ${doc.slug} (${lang}) given twice`);
    seen.add(doc.slug);
    pages.push(toPage(doc));
  }
  pages.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const fuseIndex = Fuse.createIndex(FUSE_KEYS, pages).toJSON();
  return {
    format: SEARCH_INDEX_FORMAT,
    lang,
    pages,
    fuse: {
      keys: fuseIndex.keys.map((k) => ({ path: [...k.path], id: k.id, weight: k.weight, src: k.src })),
      records: fuseIndex.records.map((r) => ({ i: r.i, $: { ...(r.$ ?? {}) } })),
    },
  };
}
