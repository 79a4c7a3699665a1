import { describe, expect, it } from 'vitest';
import { isLang, switchLang } from './languages.ts';

describe('switchLang', () => {
  it('keeps the rest of the path', () => {
    expect(switchLang('/zh-hans/rights/privacy/', 'en')).toBe('/en/rights/privacy/');
    expect(switchLang('/en/', 'zh-hant')).toBe('/zh-hant/');
    expect(switchLang('/zh-hant/search/', 'zh-hans')).toBe('/zh-hans/search/');
  });
});

describe('isLang', () => {
  it('accepts the three site languages only', () => {
    expect(['zh-hans', 'zh-hant', 'en', 'zh', undefined].map(isLang)).toEqual([true, true, true, false, false]);
  });
});
