import { describe, expect, it } from 'vitest';
import { LANGS } from '../bundled-texts.ts';
import { htmlLang, strings, t } from './strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('strings', () => {
  it('have the same keys in every language, none empty', () => {
    const keys = Object.keys(strings.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(strings[lang]).sort()).toEqual(keys);
      for (const key of keys) expect(strings[lang][key as keyof typeof strings.en].trim(), `${lang} ${key}`).not.toBe('');
    }
  });
  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
      for (const lang of LANGS) expect(placeholders(strings[lang][key]), `${lang} ${key}`).toEqual(placeholders(strings.en[key]));
    }
  });
  it('label rates as simple annualised rates, as the People’s Bank requires', () => {
    expect(strings['zh-hans']['rates.line']).toContain('年化利率（单利）');
    expect(strings['zh-hant']['rates.line']).toContain('年化利率（單利）');
    expect(strings.en['rates.line']).toContain('annualised, simple');
  });
  it('zh-hant is converted from zh-hans', () => expect(strings['zh-hant']['kind.overdue']).toBe('逾期提醒頁'));
});

describe('t', () => {
  it('fills placeholders', () => expect(t('zh-hans', 'rates.line', { quote: '日利率0.05%', apr: '18.25%' })).toBe('页面写的 日利率0.05% — 折合年化利率（单利）18.25%'));
  it('fills English', () => expect(t('en', 'rates.line', { quote: '日利率0.05%', apr: '18.25%' })).toBe('the page says 日利率0.05% — that is 18.25% a year (annualised, simple)'));
  it('leaves unknown placeholders visible', () => expect(t('en', 'panel.findings')).toBe('{count} found'));
});

describe('htmlLang', () => {
  it('gives script subtags', () => expect(LANGS.map(htmlLang)).toEqual(['zh-Hans', 'zh-Hant', 'en']));
});
