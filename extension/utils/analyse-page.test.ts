import { describe, expect, it } from 'vitest';
import { hasPublicFixtures, readPublicPages } from '../../shared/corpus/read-public-fixtures.ts';
import { analysePage, MAX_TEXT_CHARS, siteForUrl } from './analyse-page.ts';
import { LANGS } from './bundled-texts.ts';
import guideTexts from './generated/guide-texts.ts';
import { MAX_POINTS } from './page-points.ts';

/** The public fixture pages, when present (docs/SPEC.md §3, §4: expected kind, lender and APRs). */
type Fixture = { url: string; lender: string | null; product: string | null; pageKind: string; rates: { quote: string; apr: number }[] };
const fixtures = readPublicPages<Fixture>().map(({ name, html, expected }) => ({ ...expected, name: name.slice(0, -5), html }));

describe.skipIf(!hasPublicFixtures)('analysePage on the fixture pages', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(14));

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { html } = fixture;
    for (const lang of LANGS) {
      const report = analysePage({ url: fixture.url, html, lang });
      if (fixture.pageKind === 'other') {
        expect(report).toBeNull();
        continue;
      }
      expect(report).not.toBeNull();
      if (!report) continue;
      expect(report.pageKind).toBe(fixture.pageKind);
      expect(report.lender?.id ?? null).toBe(fixture.lender);
      expect(report.product?.id ?? null).toBe(fixture.product);
      expect(report.rates.map((r) => [r.quote, r.apr])).toEqual(fixture.rates.map((r) => [r.quote, r.apr]));
      expect(report.points.length).toBeGreaterThanOrEqual(fixture.pageKind === 'loan-offer' && !fixture.lender ? 2 : 3);
      expect(report.points.length).toBeLessThanOrEqual(MAX_POINTS);
      for (const point of report.points) {
        expect(guideTexts[lang][point.slug], `${lang} ${point.slug}`).toBeDefined();
        expect(point.title.length).toBeGreaterThan(0);
      }
      const flagPoints = report.points.filter((p) => p.role === 'flag').length;
      if (fixture.pageKind === 'collection-notice') expect(report.findings).toBeGreaterThanOrEqual(fixture.rates.length + flagPoints);
      else expect(report.findings).toBe(fixture.rates.length + (report.cost ? 1 : 0));
    }
  });

  it('flags a collection notice with the words that broke each rule', () => {
    const fixture = fixtures.find((f) => f.name === 'meituan-agency-notice');
    if (!fixture) throw new Error('fixture missing');
    const { html } = fixture;
    const report = analysePage({ url: fixture.url, html, lang: 'zh-hans' });
    const flags = report?.points.filter((p) => p.role === 'flag') ?? [];
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(html).toContain(flag.evidence);
  });

  it('reads only the beginning of a huge page', () => {
    const filler = '<p>用户评价：普通的文字。</p>'.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / 12));
    const html = `<html><body><h1>网商贷 借款详情</h1><p>您有1笔借款已逾期3天，请尽快还款。逾期罚息 借款利率 日利率0.04%</p>${filler}<p>日利率0.09%</p></body></html>`;
    const report = analysePage({ url: 'https://loan.mybank.cn/overdue/detail.htm', html, lang: 'en' });
    expect(report?.rates.map((r) => r.apr)).toEqual([14.6]);
  });
});

describe('siteForUrl', () => {
  it('is the lender domain on a lender host', () => {
    expect(siteForUrl('https://loan.mybank.cn/x')).toBe('mybank.cn');
    expect(siteForUrl('https://h5.360jie.com/bill')).toBe('360jie.com');
  });
  it('is the host elsewhere', () => expect(siteForUrl('https://mp.weixin.qq.com/s/x')).toBe('mp.weixin.qq.com'));
  it('is empty for a bad URL', () => expect(siteForUrl('not a url')).toBe(''));
});
