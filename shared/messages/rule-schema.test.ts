import { describe, expect, it } from 'vitest';
import { defineRule, messageFlagSchema, ruleIds } from './rule-schema.ts';

const base = {
  id: 'threat' as const,
  title: { 'zh-hans': '标题', en: 'Title' },
  reason: { 'zh-hans': '原因', en: 'Reason' },
  law: [{ document: '《民法典》', article: '第1032条', confidence: 'verified' as const, binding: 'law' as const }],
  guides: ['scenarios/collector-threatens'],
};

describe('ruleIds', () => {
  it('are the nine CONTRACT §5 ids', () => {
    expect(ruleIds).toEqual([
      'threat', 'contacts-third-parties', 'impersonates-authority', 'false-consequence', 'insult', 'public-shaming',
      'personal-account', 'odd-hours', 'relief-scam',
    ]);
  });
});

describe('defineRule', () => {
  it('fills defaults', () => {
    const rule = defineRule({ ...base, patterns: [{ name: 'p', match: /打/ }] });
    expect(rule.kind).toBe('text');
    expect(rule.exemptWhen).toEqual([]);
    expect(rule.patterns[0]!.window).toBe(10);
  });

  it.each([
    ['an unknown id', { ...base, id: 'rude' }],
    ['a bad guide slug', { ...base, guides: ['Rights/Privacy'] }],
    ['no guides', { ...base, guides: [] }],
    ['a bad confidence', { ...base, law: [{ document: 'x', confidence: 'sure', binding: 'law' }] }],
    ['a string pattern', { ...base, patterns: [{ name: 'p', match: '打' }] }],
  ])('rejects %s', (_label, input) => {
    expect(() => defineRule(input as never)).toThrow();
  });
});

describe('messageFlagSchema', () => {
  it('accepts text spans and odd-hours flags without offsets', () => {
    expect(messageFlagSchema.parse({ rule: 'insult', evidence: '老赖', start: 2, end: 4, guides: ['rights/collection-conduct'] })).toBeTruthy();
    expect(messageFlagSchema.parse({ rule: 'odd-hours', evidence: '23:40', start: null, end: null, guides: ['rights/contact-hours'] })).toBeTruthy();
    expect(() => messageFlagSchema.parse({ rule: 'odd-hours', evidence: '', start: -1, end: 0, guides: [] })).toThrow();
  });
});
