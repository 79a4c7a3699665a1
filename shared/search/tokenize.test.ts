import { describe, expect, it } from 'vitest';
import { countTokens, pairToken, scanSegments, segmentWords, unitToken, type Unit } from './tokenize.ts';

const u = (text: string, kind: Unit['kind']): Unit => ({ text, kind, start: 0, end: text.length });

function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  countTokens(text, counts);
  return counts;
}

describe('scanSegments', () => {
  it('splits into units, and into segments wherever something stands between units', () => {
    const segments = scanSegments('融e借逾期 12378，debt-collector 0.05%');
    expect(segments.map((s) => s.map((x) => `${x.text}:${x.kind}`))).toEqual([
      ['融:han', 'e:latin', '借:han', '逾:han', '期:han'],
      ['12378:num'],
      ['debt:latin'],
      ['collector:latin'],
      ['0.05:num'],
    ]);
  });

  it('keeps other scripts as words and ignores symbols', () => {
    expect(scanSegments('привет 😀 ☎').map((s) => s.map((x) => x.kind))).toEqual([['other']]);
  });
});

describe('unitToken', () => {
  it('stems English words and drops stop-words', () => {
    expect(unitToken(u('collectors', 'latin'))).toBe('collector');
    expect(unitToken(u('the', 'latin'))).toBeNull();
    expect(unitToken(u('催', 'han'))).toBe('催');
    expect(unitToken(u('12378', 'num'))).toBe('12378');
  });
});

describe('pairToken', () => {
  it('pairs units when at least one is Chinese and none is a number', () => {
    expect(pairToken(u('催', 'han'), u('收', 'han'))).toBe('催收');
    expect(pairToken(u('融', 'han'), u('e', 'latin'))).toBe('融e');
    expect(pairToken(u('12378', 'num'), u('投', 'han'))).toBeNull();
    expect(pairToken(u('debt', 'latin'), u('x', 'latin'))).toBeNull();
  });
});

describe('segmentWords', () => {
  it('segments a run of Chinese into words with their offsets', () => {
    const words = segmentWords('催收打电话给我');
    expect(words.map((w) => w.word).join('')).toBe('催收打电话给我');
    expect(words.map((w) => w.word)).toContain('打电话');
    for (const w of words) expect('催收打电话给我'.slice(w.index, w.index + w.word.length)).toBe(w.word);
  });
});

describe('countTokens', () => {
  it('counts unigrams, pairs, stemmed words and numbers, and returns the length in units', () => {
    const counts = new Map<string, number>();
    expect(countTokens('催收催收 12378 collectors', counts)).toBe(6);
    expect(counts.get('催')).toBe(2);
    expect(counts.get('催收')).toBe(2);
    expect(counts.get('收催')).toBe(1);
    expect(counts.get('12378')).toBe(1);
    expect(counts.get('collector')).toBe(1);
  });

  it('gives the same tokens as a query would (units and pairs of each segment)', () => {
    const text = '融e借逾期了，call 12378';
    const expected = new Map<string, number>();
    for (const segment of scanSegments(text)) {
      segment.forEach((unit, i) => {
        const t = unitToken(unit);
        if (t) expected.set(t, (expected.get(t) ?? 0) + 1);
        const next = segment[i + 1];
        const p = next && pairToken(unit, next);
        if (p) expected.set(p, (expected.get(p) ?? 0) + 1);
      });
    }
    expect(tokens(text)).toEqual(expected);
  });
});
