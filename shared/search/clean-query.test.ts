import { describe, expect, it } from 'vitest';
import { cleanQuery, protectTerms } from './clean-query.ts';

const none = protectTerms([]);
const runs = (q: string, terms: string[] = []) => cleanQuery(q, protectTerms(terms)).runs.map((r) => r.map((u) => u.text).join(''));

describe('protectTerms', () => {
  it('keeps Chinese terms of 2 to 16 characters, longest first, with their pairs and pinyin keys', () => {
    const p = protectTerms(['借呗', 'jiebei', '和信贷', '借呗', '一']);
    expect(p.terms).toEqual(['和信贷', '借呗']);
    expect(p.pairs.has('信贷')).toBe(true);
    expect(p.pairKeys.has('jie bei')).toBe(true);
  });
});

describe('cleanQuery', () => {
  it('drops filler phrases and filler words, splitting runs where they stood', () => {
    expect(runs('欠网贷不还会坐牢吗')).toEqual(['欠网贷不还', '坐牢']);
    expect(runs('催收打电话给我爸妈怎么办')).toEqual(['催收打电话', '爸妈']);
    expect(runs('怎么办')).toEqual([]);
  });

  it('drops English stop-words and typed-pinyin fillers (input is folded first)', () => {
    expect(runs('can i go to jail')).toEqual(['jail']);
    expect(runs('cuishou zenmeban')).toEqual(['cuishou']);
  });

  it('keeps fillers inside protected terms', () => {
    expect(runs('和信贷暴雷', ['和信贷'])).toEqual(['和信贷暴雷']);
    expect(runs('和信贷暴雷')).toEqual(['信贷暴雷']);
  });

  it('keeps a filler character that sounds like part of a protected term (a homophone typo)', () => {
    expect(runs('借被逾期', ['借呗'])).toEqual(['借被逾期']);
    expect(runs('借被逾期')).toEqual(['借', '逾期']);
  });

  it('marks segmenter words, their lengths, and ASCII written against Chinese', () => {
    const { runs: r, longWords } = cleanQuery('融e借 打电话', none);
    expect(r[0]?.find((u) => u.text === 'e')?.embedded).toBe(true);
    expect(longWords).toContain('打电话');
    const call = r[1] ?? [];
    expect(new Set(call.map((u) => u.word)).size).toBe(1);
    expect(call[0]?.wordLength).toBe(3);
  });

  it('keeps offsets: the cleaned text is as long as the input', () => {
    const q = '请问催收上门怎么办？';
    expect(cleanQuery(q, none).cleaned).toHaveLength(q.length);
  });
});
