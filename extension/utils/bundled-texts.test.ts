import { lenderMatchPatterns } from '@debtguide/shared/lenders';
import { messageRules } from '@debtguide/shared/messages';
import { describe, expect, it } from 'vitest';
import { guideTextsFromPages, LANGS, ruleTextsFor } from './bundled-texts.ts';
import guideTexts from './generated/guide-texts.ts';
import { lenderMatches } from './generated/lender-matches.ts';
import ruleTexts from './generated/rule-texts.ts';

describe('guideTextsFromPages', () => {
  it('indexes titles and summaries by language and slug', () => {
    const texts = guideTextsFromPages([
      { lang: 'en', slug: 'rights/privacy', title: 'Privacy', summary: 'S' },
      { lang: 'zh-hant', slug: 'rights/privacy', title: '隱私', summary: '摘' },
    ]);
    expect(texts).toEqual({ 'zh-hans': {}, 'zh-hant': { 'rights/privacy': { title: '隱私', summary: '摘' } }, en: { 'rights/privacy': { title: 'Privacy', summary: 'S' } } });
  });
});

describe('ruleTextsFor', () => {
  it('has every rule in every language, zh-hant converted from zh-hans', () => {
    const texts = ruleTextsFor(messageRules, (text) => `[T]${text}`);
    for (const rule of messageRules) {
      expect(texts['zh-hans'][rule.id]?.title).toBe(rule.title['zh-hans']);
      expect(texts.en[rule.id]?.reason).toBe(rule.reason.en);
      expect(texts['zh-hant'][rule.id]?.title).toBe(`[T]${rule.title['zh-hans']}`);
      expect(texts['zh-hant'][rule.id]?.law.map((ref) => ref.document)).toEqual(rule.law.map((ref) => `[T]${ref.document}`));
    }
  });
});

describe('the generated modules (built from the registry and the corpus)', () => {
  it('match exactly the lender domains of the registry', () => expect(lenderMatches).toEqual(lenderMatchPatterns()));
  it('carry guide texts in every language for the same slugs', () => {
    const slugs = Object.keys(guideTexts['zh-hans']).sort();
    expect(slugs.length).toBeGreaterThan(50);
    for (const lang of LANGS) expect(Object.keys(guideTexts[lang]).sort()).toEqual(slugs);
  });
  it('carry every guide a rule points to', () => {
    for (const rule of messageRules) for (const slug of rule.guides) for (const lang of LANGS) expect(guideTexts[lang][slug], `${lang} ${slug}`).toBeDefined();
  });
  it('carry the rules in Traditional Chinese', () => expect(ruleTexts['zh-hant'].threat?.title).toBe('威脅人身或財產安全'));
});
