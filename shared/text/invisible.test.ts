import { describe, expect, it } from 'vitest';
import { isInvisible, withoutInvisible } from './invisible.ts';

describe('withoutInvisible', () => {
  it('drops zero-width characters, soft hyphens, direction marks, variation selectors, tags and skin tones', () => {
    expect(withoutInvisible('逾\u200b期\u200c还\u200d款\u2060，\ufeff罚\u00ad息\u202e\u2066！')).toBe('逾期还款，罚息！');
    expect(withoutInvisible('👍\u{1f3fd}❤\ufe0f\u{e0041}')).toBe('👍❤');
  });

  it('keeps every visible character, spaces included', () => {
    const visible = '日利率 0.05%，年化18.25% · Debt Guide 借贷明白 ①';
    expect(withoutInvisible(visible)).toBe(visible);
  });
});

describe('isInvisible', () => {
  it('is true inside the ranges and false next to them', () => {
    expect(['\u200b', '\u200f', '\ufeff', '\u{e007f}'].map(isInvisible)).toEqual([true, true, true, true]);
    expect(['\u200a', '\u2010', 'a', '中'].map(isInvisible)).toEqual([false, false, false, false]);
  });
});
