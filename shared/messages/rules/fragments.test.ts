import { describe, expect, it } from 'vitest';
import { CASE_NUMBER, MOBILE_NUMBER, NEGATED, NEGATED_OR_HEDGED, anyOf, clauseGap, rx } from './fragments.ts';

describe('rx', () => {
  it('joins parts into one regex without flags', () => {
    const re = rx('a', anyOf('b', 'c'));
    expect(re.source).toBe('a(?:b|c)');
    expect(re.flags).toBe('');
  });
});

describe('clauseGap', () => {
  it('does not cross a comma or full stop', () => {
    const re = rx('^甲', clauseGap(4), '乙$');
    expect(re.test('甲一二乙')).toBe(true);
    expect(re.test('甲一,二乙')).toBe(false);
    expect(re.test('甲一二三四五乙')).toBe(false);
  });
});

describe('NEGATED', () => {
  it.each(['招行不会要求您向任何', '请勿', '谨防', 'we will never ask you to pay into a ', 'we will not ', "we won't "])('negates %j', (w) => {
    expect(NEGATED.test(w)).toBe(true);
  });
  it.each(['今天不还款我们就', '不要逼我们', '别以为', 'if you do not pay we will ', 'not paying '])('does not negate %j', (w) => {
    expect(NEGATED.test(w)).toBe(false);
  });
});

describe('NEGATED_OR_HEDGED', () => {
  it('also treats a possibility as lawful', () => {
    expect(NEGATED_OR_HEDGED.test('委托方可能依法')).toBe(true);
    expect(NEGATED_OR_HEDGED.test('we may ')).toBe(true);
    expect(NEGATED_OR_HEDGED.test('三日内将')).toBe(false);
  });
});

describe('CASE_NUMBER', () => {
  it('matches a folded court case number', () => {
    expect(rx(CASE_NUMBER).test('案号(2025)浙0106民初0000号')).toBe(true);
    expect(rx(CASE_NUMBER).test('工号a1023')).toBe(false);
  });
});

describe('MOBILE_NUMBER', () => {
  it('matches mainland mobiles in common spellings', () => {
    expect(rx(MOBILE_NUMBER).test('138-0000-0000')).toBe(true);
    expect(rx(MOBILE_NUMBER).test('13800000000')).toBe(true);
    expect(rx(MOBILE_NUMBER).test('400-000-0000')).toBe(false);
  });
});
