/**
 * Size and speed of the index for a site-sized corpus: 75 pages per language, as long as real pages
 * (≈2,500 characters of Chinese, ≈5,000 of English), made by recombining the test pages' sentences.
 * Prints the figures; fails only when they drift far past today's.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import type { SearchDocInput } from './search-doc.ts';
import { loadSearchIndex } from './searcher.ts';
import { EN_DOCS, ZH_HANS_DOCS } from './test-corpus.ts';
import { ZH_HANT_DOCS } from './test-fixtures.ts';

const PAGES = 75;

function siteSized(base: SearchDocInput[], bodyChars: number): SearchDocInput[] {
  const sentences = base.flatMap((d) => d.sections.flatMap((s) => s.text.split(/(?<=[。.])/u)));
  return Array.from({ length: PAGES }, (_, i) => {
    const page = base[i % base.length] as SearchDocInput;
    const sections: SearchDocInput['sections'] = [];
    let total = 0;
    for (let k = i * 7; total < bodyChars; ) {
      let text = '';
      for (let j = 0; j < 5; j++) text += sentences[(k++ * 13) % sentences.length];
      total += text.length;
      sections.push({ heading: `${page.sections[0]?.heading ?? ''} ${sections.length + 1}`, text });
    }
    return { ...page, slug: `${page.slug}-${i}`, sections, headings: sections.map((s) => s.heading) };
  });
}

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('buildSearchIndex (size for a site-sized corpus)', () => {
  const cases: Array<[SearchDocInput['lang'], SearchDocInput[], number, string]> = [
    ['zh-hans', ZH_HANS_DOCS, 2_500, '催收打电话给我爸妈怎么办'],
    ['zh-hant', ZH_HANT_DOCS, 2_500, '還不起網貸怎麼辦'],
    ['en', EN_DOCS, 5_000, 'debt collector called my employer'],
  ];
  it.each(cases)('%s: 75 pages', (lang, base, bodyChars, query) => {
    const docs = siteSized(base, bodyChars);
    const textBytes = utf8(docs.map((d) => [d.title, d.summary, ...d.keywords, ...d.aliases, ...d.sections.map((s) => s.text)].join('')).join(''));
    let t = performance.now();
    const json = JSON.stringify(buildSearchIndex(docs, lang));
    const buildMs = performance.now() - t;
    const parsed: unknown = JSON.parse(json);
    t = performance.now();
    const searcher = loadSearchIndex(parsed);
    const loadMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 20; i++) searcher.search(query);
    const queryMs = (performance.now() - t) / 20;
    const bytes = utf8(json);
    console.log(
      `search index ${lang}: ${PAGES} pages, text ${(textBytes / 1024).toFixed(0)} KiB → index ${(bytes / 1024).toFixed(0)} KiB ` +
        `(×${(bytes / textBytes).toFixed(2)}); build ${buildMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms, query ${queryMs.toFixed(1)} ms`,
    );
    expect(searcher.size).toBe(PAGES);
    expect(bytes / textBytes).toBeLessThan(1.6);
  });
});
