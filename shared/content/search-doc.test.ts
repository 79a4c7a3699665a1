import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load-corpus.ts';
import { readCorpusDir } from './read-corpus-dir.ts';
import { searchDocSchema, toSearchDocs } from './search-doc.ts';

const { pages } = loadCorpus(readCorpusDir(fileURLToPath(new URL('./test-corpus/valid', import.meta.url))), {
  lenders: [{ id: 'mybank', products: ['wangshangdai'] }],
  today: '2026-06-01',
  requireContractSlugs: false,
});

describe('searchDocSchema', () => {
  it('has exactly the fields the search engine consumes', () => {
    expect(Object.keys(searchDocSchema.shape).sort()).toEqual(['aliases', 'headings', 'keywords', 'kind', 'lang', 'sections', 'slug', 'summary', 'title']);
  });
});

describe('toSearchDocs', () => {
  const docs = toSearchDocs(pages);

  it('gives one valid plain document per page, with no other keys', () => {
    expect(docs).toHaveLength(pages.length);
    for (const doc of docs) expect(searchDocSchema.strict().parse(doc)).toEqual(doc);
  });

  it('keeps Simplified keywords on zh-hant pages so Simplified queries match', () => {
    const doc = docs.find((d) => d.lang === 'zh-hant' && d.slug === 'products/mybank-wangshangdai');
    expect(doc?.keywords).toEqual(expect.arrayContaining(['網商貸逾期', '网商贷逾期']));
    expect(doc?.headings).toEqual(['利率怎麼看', '還不上怎麼辦']);
    expect(doc?.sections[0]).toEqual({ heading: '利率怎麼看', text: '頁面常寫日利率，例如日利率0.05%，折算年化利率（單利）是18.25%。' });
  });
});
