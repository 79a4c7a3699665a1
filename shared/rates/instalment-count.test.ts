import { describe, expect, it } from 'vitest';
import { COUNT_WINDOW, findInstalmentCount, readCountAt } from './instalment-count.ts';

/** The count for the first occurrence of `quote` in `text` (text already folded). */
function countNear(text: string, quote: string): number | undefined {
  const start = text.indexOf(quote);
  return findInstalmentCount(text, start, start + quote.length);
}

describe('readCountAt', () => {
  it('reads Chinese and English instalment counts', () => {
    expect(readCountAt('分12期', 1)).toEqual({ value: 12, end: 4 });
    expect(readCountAt('24个月', 0)).toEqual({ value: 24, end: 4 });
    expect(readCountAt('十二期', 0)).toEqual({ value: 12, end: 3 });
    expect(readCountAt('12 instalments', 0)).toEqual({ value: 12, end: 14 });
    expect(readCountAt('a 24-month loan', 2)).toEqual({ value: 24, end: 10 });
    expect(readCountAt('12 monthly payments', 0)).toEqual({ value: 12, end: 19 });
  });

  it('rejects what is not a count', () => {
    expect(readCountAt('第3期', 1)).toBeUndefined();
    expect(readCountAt('逾期3个月', 2)).toBeUndefined();
    expect(readCountAt('12期0利率', 0)).toBeUndefined();
    expect(readCountAt('3期免息', 0)).toBeUndefined();
    expect(readCountAt('1.5期', 0)).toBeUndefined();
    expect(readCountAt('0期', 0)).toBeUndefined();
    expect(readCountAt('12,000期', 3)).toBeUndefined();
    expect(readCountAt('112期', 1)).toBeUndefined();
    expect(readCountAt('12 monthsly', 0)).toBeUndefined();
    expect(readCountAt('12元', 0)).toBeUndefined();
    expect(readCountAt('', 0)).toBeUndefined();
  });
});

describe('findInstalmentCount', () => {
  it('finds the count in the same sentence on either side', () => {
    expect(countNear('分24期,每期手续费率0.75%,手续费按分期本金计算', '每期手续费率0.75%')).toBe(24);
    expect(countNear('月费率0.5%,分6期', '月费率0.5%')).toBe(6);
    expect(countNear('monthly fee of 0.6% over 12 instalments', 'monthly fee of 0.6%')).toBe(12);
    expect(countNear('分期手续费率0.6%,可分24个月', '分期手续费率0.6%')).toBe(24);
  });

  it('takes the nearest count', () => {
    expect(countNear('分6期或分12期,每期手续费率0.75%', '每期手续费率0.75%')).toBe(12);
    expect(countNear('分6期,每期手续费率0.75%,分24期共计', '每期手续费率0.75%')).toBe(6);
  });

  it('stays inside the sentence and the window', () => {
    expect(countNear('分24期。月费率0.5%', '月费率0.5%')).toBeUndefined();
    expect(countNear('月费率0.5%\n12期', '月费率0.5%')).toBeUndefined();
    expect(countNear('24 months. a monthly fee of 0.6%', 'monthly fee of 0.6%')).toBeUndefined();
    expect(countNear(`月费率0.5%${'x'.repeat(COUNT_WINDOW)}分24期`, '月费率0.5%')).toBeUndefined();
    expect(countNear(`月费率0.5%${'x'.repeat(COUNT_WINDOW - 4)}分24期`, '月费率0.5%')).toBe(24);
    expect(countNear('月费率0.5%', '月费率0.5%')).toBeUndefined();
  });
});
