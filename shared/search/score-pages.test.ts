import { describe, expect, it } from 'vitest';
import { planQuery } from './query-plan.ts';
import { scorePages } from './score-pages.ts';
import { testLoaded } from './test-fixtures.ts';

const zh = testLoaded('zh-hans');
const en = testLoaded('en');
const ranked = (index: typeof zh, q: string) =>
  scorePages(index, planQuery(index, q)).map((r) => ({ slug: index.pages[r.page]?.slug, score: r.score }));

describe('scorePages', () => {
  it('ranks pages best first with scores in [0, 1]', () => {
    const results = ranked(zh, '催收上门');
    expect(results[0]?.slug).toBe('scenarios/home-visit-announced');
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < results.length; i++) expect(results[i]!.score).toBeGreaterThanOrEqual(results[i - 1]!.score);
  });

  it('rewards covering all of the query over repeating part of it', () => {
    const results = ranked(zh, '融e借逾期');
    expect(results[0]?.slug).toBe('products/icbc-rong-e-jie');
  });

  it('lets a fuzzy fuse.js match lift a page the token channel barely reaches', () => {
    const withTypo = ranked(en, 'jiebie');
    expect(withTypo[0]?.slug).toBe('products/antgroup-jiebei');
  });

  it('scores nothing for an empty plan', () => {
    expect(scorePages(zh, { groups: [], fuseQuery: '' })).toEqual([]);
  });

  it('makes scores worse, not the order, when the query asks for something the corpus lacks', () => {
    const plain = ranked(zh, '坐牢');
    const more = ranked(zh, '坐牢 宇宙飞船');
    expect(more[0]?.slug).toBe(plain[0]?.slug);
    expect(more[0]!.score).toBeGreaterThan(plain[0]!.score);
  });
});
