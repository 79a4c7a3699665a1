import { getLender } from '@debtguide/shared/lenders';
import { describe, expect, it } from 'vitest';
import type { GuideTexts, RuleTexts } from './bundled-texts.ts';
import { buildPageReport, displayName } from './page-report.ts';

const mybank = getLender('mybank');
const texts = { guideTexts: { 'zh-hans': {}, 'zh-hant': {}, en: {} } as GuideTexts, ruleTexts: { 'zh-hans': {}, 'zh-hant': {}, en: {} } as RuleTexts };
const classification = {
  lender: 'mybank',
  product: 'wangshangdai',
  pageKind: 'overdue' as const,
  rates: [{ quote: '日利率0.04%', apr: 14.6, compounded: 15.72, assumedTerms: false }],
  guides: [],
  flags: [],
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
