import { describe, expect, it } from 'vitest';
import { monthlyIrrOfFlatFee, roundTo2 } from './irr.ts';

describe('monthlyIrrOfFlatFee', () => {
  it('solves the monthly IRR of a flat fee on the principal', () => {
    expect(monthlyIrrOfFlatFee(0.006, 12) * 12 * 100).toBeCloseTo(13.03, 2);
    expect(monthlyIrrOfFlatFee(0.0075, 24) * 12 * 100).toBeCloseTo(16.43, 2);
  });

  it('makes the repayments worth exactly the principal at that rate', () => {
    for (const [fee, terms] of [[0.006, 12], [0.01, 36], [0.3, 3], [5, 360]] as const) {
      const r = monthlyIrrOfFlatFee(fee, terms);
      const payment = 1 / terms + fee;
      let presentValue = 0;
      for (let k = 1; k <= terms; k++) presentValue += payment / (1 + r) ** k;
      expect(presentValue).toBeCloseTo(1, 9);
    }
  });

  it('is the fee itself for one instalment and zero for no fee', () => {
    expect(monthlyIrrOfFlatFee(0.006, 1)).toBe(0.006);
    expect(monthlyIrrOfFlatFee(0, 12)).toBe(0);
    expect(monthlyIrrOfFlatFee(Number.NaN, 12)).toBe(0);
  });
});

describe('roundTo2', () => {
  it('rounds to cents without binary noise', () => {
    expect(roundTo2(0.04 * 365)).toBe(14.6);
    expect(roundTo2(0.0275 * 365)).toBe(10.04);
    expect(roundTo2(13.034)).toBe(13.03);
    expect(roundTo2(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
