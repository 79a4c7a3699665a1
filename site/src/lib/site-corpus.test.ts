import { describe, expect, it } from 'vitest';
import { allPages, findPage, pagesIn, requirePage, searchDocsIn } from './site-corpus.ts';

describe('site corpus', () => {
  it('loads every page in the three languages', () => {
    const counts = ['zh-hans', 'zh-hant', 'en'].map((lang) => allPages().filter((page) => page.lang === lang).length);
    expect(counts[0]).toBeGreaterThan(60);
    expect(new Set(counts).size).toBe(1);
  });

  it('finds pages by language and slug', () => {
    expect(findPage('zh-hant', 'rights/privacy')?.url).toBe('/zh-hant/rights/privacy/');
    expect(findPage('en', 'rights/nothing-here')).toBeUndefined();
    expect(() => requirePage('en', 'rights/nothing-here')).toThrow(/en\/rights\/nothing-here/);
    expect(searchDocsIn('en')).toHaveLength(pagesIn('en').length);
  });
});
