import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, loadSearchIndex, searchIndex } from './searcher.ts';
import { searchResultSchema } from './search-result.ts';
import { testIndex, testLoaded, testSearcher } from './test-fixtures.ts';

const zhHans = testSearcher('zh-hans');
const zhHant = testSearcher('zh-hant');
const en = testSearcher('en');

/** The slugs of the first `n` results. */
function top(searcher: typeof zhHans, query: string, n = 3): string[] {
  return searcher.search(query, { limit: n }).map((r) => r.slug);
}

describe('loadSearchIndex', () => {
  it('loads a serialised index and reports its language and size', () => {
    expect(zhHans.lang).toBe('zh-hans');
    expect(zhHans.size).toBe(18);
    expect(en.lang).toBe('en');
    expect(en.size).toBe(10);
  });

  it('throws on something that is not an index', () => {
    expect(() => loadSearchIndex({})).toThrow();
    expect(() => loadSearchIndex({ ...testIndex('en'), format: 'other/9' })).toThrow();
  });

  describe('search: the right page in the top 3', () => {
    const cases: Array<[searcher: typeof zhHans, query: string, slug: string]> = [
      // Simplified, with fillers
      [zhHans, '催收能联系我同事吗', 'rights/third-party-contact'],
      [zhHans, '催收半夜打电话', 'rights/contact-hours'],
      [zhHans, '欠网贷不还会坐牢吗', 'rights/criminal-liability-myths'],
      [zhHans, '催收说要上门怎么办', 'scenarios/home-visit-announced'],
      [zhHans, '催收打电话给我爸妈怎么办', 'scenarios/contacts-my-family'],
      [zhHans, '借呗逾期一天会怎样', 'products/antgroup-jiebei'],
      [zhHans, '融e借逾期', 'products/icbc-rong-e-jie'],
      [zhHans, '能申请延期还款吗', 'hardship/deferral'],
      [zhHans, '和信贷 暴雷 还要还钱吗', 'products/hexin-hexindai'],
      [zhHans, '和信贷 暴雷 还要还钱吗', 'scenarios/platform-closed'],
      [zhHans, '年化利率怎么算', 'tools/apr-calculator'],
      [zhHans, '利息超过24%合法吗', 'rights/interest-limits'],
      [zhHans, '催收威胁要打我', 'channels/police-110'],
      // Traditional query against the Simplified index, and both scripts against the Traditional one
      [zhHans, '還不起網貸怎麼辦', 'hardship/cannot-pay'],
      [zhHans, '催收騷擾簡訊檢舉', 'channels/telecom-12321'],
      [zhHant, '還不起網貸怎麼辦', 'hardship/cannot-pay'],
      [zhHant, '还不起网贷怎么办', 'hardship/cannot-pay'],
      [zhHant, '借唄逾期', 'products/antgroup-jiebei'],
      // toneless pinyin, spaced syllables, tone marks, initials
      [zhHans, 'cuishou shangmen', 'scenarios/home-visit-announced'],
      [zhHans, 'wangdai yuqi zuolao', 'rights/criminal-liability-myths'],
      [zhHans, 'cui shou shang men', 'scenarios/home-visit-announced'],
      [zhHans, 'jiebei', 'products/antgroup-jiebei'],
      [zhHans, 'yánqī huánkuǎn', 'hardship/deferral'],
      [zhHant, 'cuishou shangmen', 'scenarios/home-visit-announced'],
      [zhHans, 'cssm', 'scenarios/home-visit-announced'],
      // homophone and near-miss typos
      [zhHans, '崔收打电话给我同事', 'rights/third-party-contact'],
      [zhHans, '借贝逾期', 'products/antgroup-jiebei'],
      [zhHans, '融易借', 'products/icbc-rong-e-jie'],
      [zhHans, 'cuishuo shangmen', 'scenarios/home-visit-announced'],
      // hotline numbers
      [zhHans, '12378投诉催收', 'channels/nfra-12378'],
      [zhHans, '12363', 'channels/pboc-12363'],
      [zhHans, '12321', 'channels/telecom-12321'],
      [zhHans, '110', 'channels/police-110'],
      [en, '12378', 'channels/nfra-12378'],
      // English, with typos
      [en, 'debt collector called my employer', 'rights/third-party-contact'],
      [en, 'can I go to jail for not paying a loan in China', 'rights/criminal-liability-myths'],
      [en, 'colector harrasment at night', 'rights/contact-hours'],
      [en, 'deferal', 'hardship/deferral'],
      [en, 'JIEBEI overdue', 'products/antgroup-jiebei'],
      [en, 'collector wants to visit my house', 'scenarios/home-visit-announced'],
      [en, 'what is the APR', 'tools/apr-calculator'],
    ];
    it.each(cases)('%#: %s', (searcher, query, slug) => {
      expect(top(searcher, query)).toContain(slug);
    });
  });

  describe('search: results', () => {
    it('puts the best page first for a clear query', () => {
      expect(top(zhHans, '欠网贷不还会坐牢吗', 1)).toEqual(['rights/criminal-liability-myths']);
      expect(top(en, 'debt collector called my employer', 1)).toEqual(['rights/third-party-contact']);
    });

    it('returns each slug once, best first, scores in [0, 1], matching the result schema', () => {
      for (const query of ['催收', 'collector', '12378', '逾期']) {
        for (const searcher of [zhHans, zhHant, en]) {
          const results = searcher.search(query, { limit: 100 });
          expect(new Set(results.map((r) => r.slug)).size).toBe(results.length);
          for (let i = 1; i < results.length; i++) expect(results[i]!.score).toBeGreaterThanOrEqual(results[i - 1]!.score);
          for (const r of results) expect(searchResultSchema.parse(r)).toEqual(r);
        }
      }
    });

    it('gives an excerpt from the matching section, with its heading', () => {
      const [first] = zhHans.search('工单号', { limit: 1 });
      expect(first?.slug).toBe('channels/nfra-12378');
      expect(first?.sectionHeading).toBe('怎么投诉');
      expect(first?.excerpt).toContain('工单号');
      const [enFirst] = en.search('ticket number', { limit: 1 });
      expect(enFirst?.sectionHeading).toBe('How to complain');
      expect(enFirst?.excerpt).toMatch(/ticket number/i);
    });

    it('shows Traditional excerpts and titles from a Traditional index', () => {
      const [first] = zhHant.search('还不起网贷', { limit: 1 });
      expect(first?.title).toBe('實在還不起網貸怎麼辦');
      expect(first?.excerpt).toMatch(/還/);
    });

    it('respects the limit (default 10, at most 100)', () => {
      expect(zhHans.search('催收').length).toBeLessThanOrEqual(DEFAULT_LIMIT);
      expect(zhHans.search('催收', { limit: 2 })).toHaveLength(2);
      expect(zhHans.search('催收', { limit: 0.5 }).length).toBe(1);
      expect(zhHans.search('催收', { limit: Number.NaN }).length).toBeLessThanOrEqual(DEFAULT_LIMIT);
    });

    it('returns nothing for empty, filler-only or unrelated queries', () => {
      for (const q of ['', '   ', '怎么办', '吗？', 'what can I do', '😀😀', 'zzzzqqqq']) expect(zhHans.search(q)).toEqual([]);
      expect(en.search('xylophone')).toEqual([]);
    });

    it('scores a title match better than a passing mention', () => {
      const [a, b] = zhHans.search('延期还款', { limit: 2 });
      expect(a?.slug).toBe('hardship/deferral');
      expect(a!.score).toBeLessThan(b?.score ?? 1);
    });
  });
});

describe('searchIndex', () => {
  it('answers any string, lone surrogates and huge queries included', () => {
    const index = testLoaded('zh-hans');
    for (const q of ['', '   ', '\uD800', '？？？', 'a'.repeat(10_000)]) expect(Array.isArray(searchIndex(index, q))).toBe(true);
    expect(searchIndex(index, '催收', { limit: -3 })).toHaveLength(1);
  });

  it('refuses what is not a string instead of pretending nothing matched', () => {
    const index = testLoaded('zh-hans');
    for (const q of [undefined, null, 42, {}, [], Symbol('x')]) expect(() => searchIndex(index, q as unknown)).toThrow(TypeError);
  });
});
