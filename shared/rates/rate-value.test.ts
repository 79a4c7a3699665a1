import { describe, expect, it } from 'vitest';
import { isAsciiDigit, isChineseDigit, readChineseNumber, readDecimal, readNumber, readRateValue } from './rate-value.ts';

describe('isAsciiDigit', () => {
  it('knows 0–9 only', () => {
    expect(['0', '9', 'a', '０', '', undefined].map(isAsciiDigit)).toEqual([true, true, false, false, false, false]);
  });
});

describe('isChineseDigit', () => {
  it('knows Chinese digits and 十', () => {
    expect(['五', '十', '两', '〇', '百', '5', undefined].map(isChineseDigit)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('readDecimal', () => {
  it('reads up to six digits each side of the point', () => {
    expect(readDecimal('x0.05%', 1)).toEqual({ value: 0.05, end: 5 });
    expect(readDecimal('12期', 0)).toEqual({ value: 12, end: 2 });
    expect(readDecimal('3.', 0)).toEqual({ value: 3, end: 1 });
    expect(readDecimal('1234567', 0)).toBeUndefined();
    expect(readDecimal('0.1234567', 0)).toBeUndefined();
    expect(readDecimal('.5', 0)).toBeUndefined();
  });
});

describe('readChineseNumber', () => {
  it('reads numbers below one hundred with a 点 fraction', () => {
    expect(readChineseNumber('五', 0)).toEqual({ value: 5, end: 1 });
    expect(readChineseNumber('十二期', 0)).toEqual({ value: 12, end: 2 });
    expect(readChineseNumber('二十五', 0)).toEqual({ value: 25, end: 3 });
    expect(readChineseNumber('二十', 0)).toEqual({ value: 20, end: 2 });
    expect(readChineseNumber('二点五', 0)).toEqual({ value: 2.5, end: 3 });
    expect(readChineseNumber('零点零五', 0)).toEqual({ value: 0.05, end: 4 });
    expect(readChineseNumber('百', 0)).toBeUndefined();
  });
});

describe('readNumber', () => {
  it('reads Arabic first, then Chinese', () => {
    expect(readNumber('6/天', 0)).toEqual({ value: 6, end: 1 });
    expect(readNumber('六', 0)).toEqual({ value: 6, end: 1 });
    expect(readNumber('x', 0)).toBeUndefined();
  });
});

describe('readRateValue', () => {
  it('reads percentages, per-mille and 万分之 / 千分之 / 百分之', () => {
    expect(readRateValue('0.05%', 0)).toEqual({ percent: 0.05, end: 5 });
    expect(readRateValue('0.05 %', 0)).toEqual({ percent: 0.05, end: 6 });
    expect(readRateValue('0.5‰', 0)).toEqual({ percent: 0.05, end: 4 });
    expect(readRateValue('万分之6/天', 0)).toEqual({ percent: 0.06, end: 4 });
    expect(readRateValue('万分之二点五', 0)).toEqual({ percent: 0.025, end: 6 });
    expect(readRateValue('千分之3', 0)?.percent).toBeCloseTo(0.3);
    expect(readRateValue('百分之0.6', 0)).toEqual({ percent: 0.6, end: 6 });
  });

  it('reads 万五 only when asked to', () => {
    expect(readRateValue('万五', 0)).toBeUndefined();
    expect(readRateValue('万五', 0, true)).toEqual({ percent: 0.05, end: 2 });
    expect(readRateValue('万5', 0, true)).toEqual({ percent: 0.05, end: 2 });
    expect(readRateValue('万五千元', 0, true)).toBeUndefined();
    expect(readRateValue('万元', 0, true)).toBeUndefined();
    expect(readRateValue('万50', 0, true)).toEqual({ percent: 0.5, end: 3 });
  });

  it('needs a unit after a plain number', () => {
    expect(readRateValue('0.05', 0)).toBeUndefined();
    expect(readRateValue('0.05元', 0)).toBeUndefined();
    expect(readRateValue('', 0)).toBeUndefined();
    expect(readRateValue('万分之', 0)).toBeUndefined();
  });
});
