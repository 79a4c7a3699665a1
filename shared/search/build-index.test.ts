import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { serializedIndexSchema } from './serialized-index.ts';
import { ALL_DOCS } from './test-fixtures.ts';
import { EN_DOCS, ZH_HANS_DOCS } from './test-corpus.ts';

describe('buildSearchIndex', () => {
  it('builds a valid, JSON-serialisable index of one language, pages in slug order', () => {
    const index = buildSearchIndex(ALL_DOCS, 'zh-hans');
    expect(serializedIndexSchema.parse(index)).toEqual(index);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(index.lang).toBe('zh-hans');
    expect(index.pages).toHaveLength(ZH_HANS_DOCS.length);
    const slugs = index.pages.map((p) => p.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(index.fuse.records).toHaveLength(index.pages.length);
  });

  it('chunks sections and keeps headings, and writes the pinyin of the head', () => {
    const index = buildSearchIndex(ZH_HANS_DOCS, 'zh-hans');
    const page = index.pages.find((p) => p.slug === 'scenarios/home-visit-announced');
    expect(page?.sections.map((s) => s.h)).toEqual(['先确认对方身份', '你可以怎么做']);
    expect(page?.py).toContain('cuishoushangmen');
    expect(buildSearchIndex(EN_DOCS, 'en').pages.find((p) => p.slug === 'tools/apr-calculator')?.py).toBe('');
  });

  it('writes the pinyin of Traditional heads from their Simplified form', () => {
    const index = buildSearchIndex(ALL_DOCS, 'zh-hant');
    expect(index.pages.find((p) => p.slug === 'hardship/cannot-pay')?.py).toContain('wangdai');
  });

  it('returns an empty index when no page is in the language', () => {
    const index = buildSearchIndex(EN_DOCS, 'zh-hant');
    expect(index.pages).toEqual([]);
    expect(serializedIndexSchema.parse(index)).toEqual(index);
  });

  it('throws on a slug given twice or an invalid document', () => {
    expect(() => buildSearchIndex([...EN_DOCS, EN_DOCS[0]!], 'en')).toThrow(/twice/);
    expect(() => buildSearchIndex([{ ...EN_DOCS[0]!, keywords: 'x' as unknown as string[] }], 'en')).toThrow();
  });
});
