import { describe, expect, it } from 'vitest';
import type { Citation } from '@debtguide/shared/content/schema';
import { formatMonth, rateLines, simpleRateCitation, standing } from './rate-lines.ts';

const cite = (document: string): Citation => ({ document, confidence: 'secondary', binding: 'judicial-interpretation' });
const citations = [
  cite('《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年第二次修正，2021年1月1日起施行）'),
  cite('《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（2020年）'),
  cite('《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）'),
  cite('《中国人民银行公告〔2021〕第3号》'),
  cite('《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）'),
];

describe('rateLines', () => {
  it('puts 4×LPR, 24% and 36% in order, each with its own sources', () => {
    const lines = rateLines(citations);
    expect(lines.map((line) => [line.id, line.percent])).toEqual([['lpr4', 12], ['financial24', 24], ['old36', 36]]);
    expect(lines[0]?.citations.map((c) => c.document)).toEqual([citations[0]?.document, citations[1]?.document]);
    expect(lines[1]?.citations).toEqual([citations[2]]);
    expect(lines[2]?.citations).toEqual([citations[4]]);
  });

  it('finds Traditional titles too and leaves a line without sources empty', () => {
    const lines = rateLines([cite('《最高人民法院關於進一步加強金融審判工作的若干意見》（法發〔2017〕22號）')]);
    expect(lines[1]?.citations).toHaveLength(1);
    expect(lines[0]?.citations).toEqual([]);
  });
});

describe('simpleRateCitation', () => {
  it('is the PBOC announcement', () => {
    expect(simpleRateCitation(citations)?.document).toContain('2021〕第3号');
  });
});

describe('standing', () => {
  it('compares to two decimals', () => {
    expect(standing(18.25, { percent: 12 })).toBe('above');
    expect(standing(24.001, { percent: 24 })).toBe('at');
    expect(standing(13.03, { percent: 24 })).toBe('below');
  });
});

describe('formatMonth', () => {
  it('writes the month the reader’s way', () => {
    expect(formatMonth('2025-05', 'zh-hans')).toBe('2025年5月');
    expect(formatMonth('2025-05', 'en')).toBe('May 2025');
    expect(formatMonth('soon', 'en')).toBe('soon');
  });
});
