import { describe, expect, it } from 'vitest';
import { clauseAfter, clauseBefore, isBenchmarkOrCeiling } from './rate-context.ts';

/** Whether the first occurrence of `quote` in the folded `text` is a benchmark or a ceiling. */
function judged(text: string, quote: string): boolean {
  const start = text.indexOf(quote);
  return isBenchmarkOrCeiling(text, start, start + quote.length);
}

describe('clauseBefore', () => {
  it('stops at a clause end or the window', () => {
    expect(clauseBefore('逾期超过3天,日利率', 7)).toBe('');
    expect(clauseBefore('利息超过年利率', 4)).toBe('利息超过');
    expect(clauseBefore('0123456789abcdefghij', 20, 5)).toBe('fghij');
  });
});

describe('clauseAfter', () => {
  it('stops at a clause end or the window', () => {
    expect(clauseAfter('24%以内。其他', 3)).toBe('以内');
    expect(clauseAfter('0.05%,分12期', 5)).toBe('');
    expect(clauseAfter('x0123456789', 1, 4)).toBe('0123');
  });
});

describe('isBenchmarkOrCeiling', () => {
  it('recognises benchmarks, multiples, ceilings and yields', () => {
    expect(judged('一年期lpr年利率3.45%', '年利率3.45%')).toBe(true);
    expect(judged('利息超过年利率24%的部分', '年利率24%')).toBe(true);
    expect(judged('控制在年化利率24%以内', '年化利率24%')).toBe(true);
    expect(judged('年利率3.45%的4倍', '年利率3.45%')).toBe(true);
    expect(judged('存款年利率1.5%', '年利率1.5%')).toBe(true);
    expect(judged('年化利率(lpr)3%', '年化利率(lpr)3%')).toBe(true);
    expect(judged('rates capped at apr 24%', 'apr 24%')).toBe(true);
    expect(judged('the 4×lpr cap, about 12% a year', '12% a year')).toBe(true);
  });

  it('leaves product prices alone', () => {
    expect(judged('逾期超过3天,日利率0.05%', '日利率0.05%')).toBe(false);
    expect(judged('借款利率 日利率0.04%', '日利率0.04%')).toBe(false);
    expect(judged('分12期,每期手续费率0.60%(折合年化利率约13.03%);', '年化利率约13.03%')).toBe(false);
    expect(judged('your capital is safe, apr 7.3%', 'apr 7.3%')).toBe(false);
    expect(judged('lpr下调。年化3.45%', '年化3.45%')).toBe(false);
  });
});
