import { describe, expect, it } from 'vitest';
import { contextAfter, contextBefore, findPatternHit, findRuleHit, globalOf, isExempt } from './match-rule.ts';
import { defineRule, textPatternSchema } from './rule-schema.ts';

const rule = defineRule({
  id: 'insult',
  title: { 'zh-hans': '测试', en: 'Test' },
  reason: { 'zh-hans': '测试', en: 'Test' },
  law: [],
  guides: ['rights/collection-conduct'],
  patterns: [
    { name: 'late word', match: /乙/ },
    { name: 'negated early word', match: /甲/, exceptBefore: /不会/ },
  ],
  exemptWhen: [{ present: /豁免/, absent: /例外/ }],
});

describe('globalOf', () => {
  it('adds the g flag once and caches', () => {
    const re = /a/i;
    expect(globalOf(re).flags).toBe('gi');
    expect(globalOf(re)).toBe(globalOf(re));
  });
});

describe('contextBefore', () => {
  it('stops at the window and at the last clause break', () => {
    expect(contextBefore('一二三四五六', 6, 3)).toBe('四五六');
    expect(contextBefore('不会,通知', 3, 10)).toBe('');
    expect(contextBefore('we will never. call', 15, 30)).toBe(' ');
    expect(contextBefore('pay 1.5 now', 8, 30)).toBe('pay 1.5 ');
  });
});

describe('contextAfter', () => {
  it('stops at the window and at the sentence end, but not at a comma', () => {
    expect(contextAfter('个人账户转账,谨防诈骗。下一句', 4, 20)).toBe('转账,谨防诈骗');
    expect(contextAfter('abcdef', 1, 2)).toBe('bc');
  });
});

describe('findPatternHit', () => {
  it('skips negated hits and finds a later one', () => {
    const p = textPatternSchema.parse({ name: 'x', match: /通知/, exceptBefore: /不会/ });
    expect(findPatternHit(p, '我们不会通知,但明天通知')).toEqual({ start: 10, end: 12 });
  });

  it('needs its required companion, un-negated', () => {
    const p = textPatternSchema.parse({ name: 'x', match: /停息/, requires: { match: /收费/, exceptBefore: /不/ } });
    expect(findPatternHit(p, '停息,先咨询后收费')).not.toBeNull();
    expect(findPatternHit(p, '停息,不收费')).toBeNull();
    expect(findPatternHit(p, '停息')).toBeNull();
  });

  it('drops hits that exceptAfter matches', () => {
    const p = textPatternSchema.parse({ name: 'x', match: /个人账户/, exceptAfter: /谨防/ });
    expect(findPatternHit(p, '个人账户转账,谨防诈骗')).toBeNull();
  });
});

describe('isExempt', () => {
  it('needs present and not absent', () => {
    expect(isExempt(rule, '豁免')).toBe(true);
    expect(isExempt(rule, '豁免例外')).toBe(false);
    expect(isExempt(rule, '其他')).toBe(false);
  });
});

describe('findRuleHit', () => {
  it('returns the earliest surviving hit across patterns', () => {
    expect(findRuleHit(rule, '甲乙')).toEqual({ start: 0, end: 1 });
    expect(findRuleHit(rule, '不会甲乙')).toEqual({ start: 3, end: 4 });
    expect(findRuleHit(rule, '豁免甲乙')).toBeNull();
    expect(findRuleHit(rule, '')).toBeNull();
  });
});
