import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, todayInChina } from './review-date.ts';

describe('isCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-4-1')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
  });

  it('accepts exactly the days a Date prints', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        expect(isCalendarDate(date.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });
});

describe('todayInChina', () => {
  it('is already tomorrow in China late in the UTC evening', () => {
    expect(todayInChina(new Date('2026-01-05T15:59:00Z'))).toBe('2026-01-05');
    expect(todayInChina(new Date('2026-01-05T16:00:00Z'))).toBe('2026-01-06');
  });
});
