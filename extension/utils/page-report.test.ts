import { getLender } from '@debtguide/shared/lenders';
import { describe, expect, it } from 'vitest';
import type { GuideTexts, RuleTexts } from './bundled-texts.ts';
import { buildPageReport, costBesideAdvertised, displayName } from './page-report.ts';

const mybank = getLender('mybank');
const texts = { guideTexts: { 'zh-hans': {}, 'zh-hant': {}, en: {} } as GuideTexts, ruleTexts: { 'zh-hans': {}, 'zh-hant': {}, en: {} } as RuleTexts };
const classification = {
  lender: 'mybank',
  product: 'wangshangdai',
  pageKind: 'overdue' as const,
  rates: [{ quote: '日利率0.04%', apr: 14.6, compounded: 15.72, assumedTerms: false }],
  guides: [],
  flags: [],
  cost: null,
  lookalike: null,
};

describe('buildPageReport', () => {
  it('names the lender and product in the language asked', () => {
    const input = { url: 'https://loan.mybank.cn/', classification, flags: [], lender: mybank, site: 'mybank.cn' };
    expect(buildPageReport({ ...input, lang: 'zh-hans' }, texts)).toMatchObject({ lender: { id: 'mybank', name: '浙江网商银行' }, product: { name: '网商贷' }, findings: 1, site: 'mybank.cn' });
    expect(buildPageReport({ ...input, lang: 'zh-hant' }, texts)).toMatchObject({ lender: { name: '浙江網商銀行' }, product: { name: '網商貸' } });
    expect(buildPageReport({ ...input, lang: 'en' }, texts)).toMatchObject({ lender: { name: 'MYbank' }, product: { name: 'Wangshangdai (网商贷)' } });
  });
  it('warns of a look-alike host with the real lender’s domains, as a finding', () => {
    const input = { url: 'https://webank-legal.cn/', classification: { ...classification, lookalike: 'webank' }, flags: [], lender: mybank, imitated: getLender('webank'), site: 'webank-legal.cn' };
    expect(buildPageReport({ ...input, lang: 'en' }, texts)).toMatchObject({ lookalike: { id: 'webank', name: 'WeBank', domains: ['webank.com'] }, findings: 2 });
    expect(buildPageReport({ ...input, lang: 'zh-hans' }, texts)?.lookalike?.name).toBe('微众银行');
    expect(buildPageReport({ ...input, imitated: undefined, lang: 'en' }, texts)?.lookalike).toBeNull();
  });
  it('is null on an other page', () => {
    expect(buildPageReport({ url: 'https://www.mybank.cn/', classification: { ...classification, pageKind: 'other' }, flags: [], lender: mybank, site: 'mybank.cn', lang: 'en' }, texts)).toBeNull();
  });
  it('counts rates and the flags the classifier kept', () => {
    const report = buildPageReport(
      {
        url: 'https://x.cn/',
        classification: { ...classification, lender: null, product: null, pageKind: 'collection-notice', rates: [], flags: ['threat', 'insult'] },
        flags: [
          { rule: 'threat', evidence: 'a', start: 0, end: 1, guides: ['scenarios/collector-threatens'] },
          { rule: 'odd-hours', evidence: '23:00', start: null, end: null, guides: ['rights/contact-hours'] },
        ],
        lender: undefined,
        site: 'x.cn',
        lang: 'en',
      },
      texts,
    );
    expect(report).toMatchObject({ lender: null, product: null, findings: 2 });
  });
});

describe('displayName', () => {
  it('adds the Chinese name to an English product name only when asked and different', () => {
    expect(displayName({ zhHans: ['花呗'], zhHant: ['花唄'], en: ['Huabei'], pinyin: ['huabei'] }, 'en', true)).toBe('Huabei (花呗)');
    expect(displayName({ zhHans: ['花呗'], zhHant: ['花唄'], en: ['Huabei'], pinyin: ['huabei'] }, 'en')).toBe('Huabei');
  });
});

describe('costBesideAdvertised', () => {
  const cost = { received: 9_000, apr: 56.75, compounded: 74.11, totalPaid: 12_000, cost: 3_000, terms: 12, upfrontFee: 1_000, monthlyFee: 0 };
  const rate = (quote: string, apr: number, qualifier?: 'overdue' | 'from') => ({ quote, apr, compounded: apr, assumedTerms: false, ...(qualifier ? { qualifier } : {}) });

  it('sets the true rate beside the advertised rate nearest it, and says when they differ by a point or more', () => {
    expect(costBesideAdvertised(cost, [rate('日利率0.05%', 18.25), rate('年化利率24%', 24)])).toMatchObject({ advertised: { quote: '年化利率24%', apr: 24 }, standing: 'higher' });
    expect(costBesideAdvertised(cost, [rate('年化利率56%', 56), rate('罚息上浮50%', 57, 'overdue')])).toMatchObject({ advertised: { apr: 56 }, standing: 'same' });
    expect(costBesideAdvertised({ ...cost, apr: 10 }, [rate('年化利率12%', 12)])).toMatchObject({ standing: 'lower' });
  });

  it('never measures against the overdue rate, and is null without a cost', () => {
    expect(costBesideAdvertised(cost, [rate('罚息上浮50%', 57, 'overdue')])).toMatchObject({ advertised: null, standing: null });
    expect(costBesideAdvertised(null, [rate('日利率0.05%', 18.25)])).toBeNull();
  });

  it('counts the cost among the findings', () => {
    const report = buildPageReport({ url: 'https://jr.jd.com/', classification: { ...classification, cost }, flags: [], lender: mybank, site: 'jd.com', lang: 'en' }, texts);
    expect(report).toMatchObject({ findings: 2, cost: { apr: 56.75, advertised: { quote: '日利率0.04%' }, standing: 'higher' } });
  });
});
