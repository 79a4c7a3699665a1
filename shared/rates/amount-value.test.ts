import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize.ts';
import { parseAmountArgument, readAmount } from './amount-value.ts';

/** readAmount over folded text, as the page reader calls it. */
const read = (text: string, index = 0) => readAmount(foldForMatch(text), index);

describe('readAmount', () => {
  it('reads yuan with and without a currency, grouping and fen', () => {
    expect(read('10,000.00元')).toEqual({ value: 10_000, end: 10, marked: true });
    expect(read('¥9,000')).toEqual({ value: 9_000, end: 6, marked: true });
    expect(read('￥1,000.50 每期')).toEqual({ value: 1_000.5, end: 9, marked: true });
    expect(read('RMB 8,833.33')).toEqual({ value: 8_833.33, end: 12, marked: true });
    expect(read('8833.33')).toEqual({ value: 8_833.33, end: 7, marked: false });
    expect(read('１０，０００元')).toEqual({ value: 10_000, end: 7, marked: true });
    expect(read('NT$30,000')?.value).toBe(30_000);
    expect(read('HKD2,554')?.value).toBe(2_554);
    expect(read('S$872.50')?.value).toBe(872.5);
    expect(read('1,000 yuan')).toEqual({ value: 1_000, end: 10, marked: true });
  });

  it('reads 万 and 千 after a number, and Chinese numerals with their unit', () => {
    expect(read('1万元')).toEqual({ value: 10_000, end: 3, marked: true });
    expect(read('1.5万')).toEqual({ value: 15_000, end: 4, marked: true });
    expect(read('一万元')).toEqual({ value: 10_000, end: 3, marked: true });
    expect(read('九千元')?.value).toBe(9_000);
    expect(read('两万五千元')?.value).toBe(25_000);
    expect(read('一千二百元')?.value).toBe(1_200);
    expect(read('壹万元')).toBeUndefined();
    expect(read('一万')).toBeUndefined();
  });

  it('keeps to the number: no run-on grouping, no 万分之, no percentages as amounts', () => {
    expect(read('12,34元')).toEqual({ value: 12, end: 2, marked: false });
    expect(read('1万分之5')).toEqual({ value: 1, end: 1, marked: false });
    expect(read('0.12345元')).toBeUndefined();
    expect(read('abc')).toBeUndefined();
    expect(read('¥')).toBeUndefined();
    expect(read('99999999999999元')).toBeUndefined();
  });
});

describe('parseAmountArgument', () => {
  it('reads an amount typed as people type them', () => {
    expect(parseAmountArgument('100000')).toBe(100_000);
    expect(parseAmountArgument('100,000')).toBe(100_000);
    expect(parseAmountArgument(' ¥8,833.33 ')).toBe(8_833.33);
    expect(parseAmountArgument('１万')).toBe(10_000);
    expect(parseAmountArgument('9000元')).toBe(9_000);
    expect(parseAmountArgument('0')).toBe(0);
  });

  it('rejects anything else, naming the argument', () => {
    for (const bad of ['', 'abc', '-5', '1e3', '10000 yuan extra', '10.000.00', '%5']) {
      expect(() => parseAmountArgument(bad, '--principal'), bad).toThrow(/^invalid --principal/);
    }
  });
});
