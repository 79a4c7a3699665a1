import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthlyIrr, monthlyIrrOfFlatFee, roundTo2 } from './irr.ts';

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

/** Equal instalments that repay `principal` at monthly rate `r` over `terms` months (the annuity formula). */
function annuityPayment(principal: number, r: number, terms: number): number {
  return r === 0 ? principal / terms : (principal * r) / (1 - (1 + r) ** -terms);
}

describe('monthlyIrr', () => {
  it('solves the People\'s Bank example and the 砍头息 example of CONTRACT §4b', () => {
    expect(roundTo2(monthlyIrr(99_000, Array(12).fill(8_833.33)) * 1200)).toBe(12.8);
    expect(roundTo2(monthlyIrr(9_000, Array(12).fill(1_000)) * 1200)).toBe(56.75);
  });

  it('is exact for one payment, zero when exactly the amount received is repaid, negative when less is', () => {
    expect(monthlyIrr(100, [110])).toBeCloseTo(0.1, 15);
    expect(monthlyIrr(1_200, Array(12).fill(100))).toBe(0);
    expect(monthlyIrr(1_200, Array(12).fill(90))).toBeLessThan(0);
    expect(monthlyIrr(100, [0, 121])).toBeCloseTo(0.1, 12);
  });

  it('matches the closed form for zero-fee equal instalments', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 10_000_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 600 }),
        (principal, hundredthsOfBasisPoint, terms) => {
          const r = hundredthsOfBasisPoint / 1e5;
          const payment = annuityPayment(principal, r, terms);
          expect(monthlyIrr(principal, Array(terms).fill(payment))).toBeCloseTo(r, 9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on amounts in fen and makes the payments worth exactly what was received', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 600 }).filter((p) => p.some((x) => x > 0)),
        (receivedFen, paymentsFen) => {
          const received = receivedFen / 100;
          const payments = paymentsFen.map((fen) => fen / 100);
          const r = monthlyIrr(received, payments);
          expect(Number.isFinite(r)).toBe(true);
          expect(r).toBeGreaterThan(-1);
          const worth = payments.reduce((sum, p, k) => sum + p / (1 + r) ** (k + 1), 0);
          if (Number.isFinite(worth) && r > -0.999) expect(Math.abs(worth - received) / received).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('rises with the payment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 1_000_000 }),
        fc.integer({ min: 2, max: 360 }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: 1.0001, max: 2, noNaN: true }),
        (received, terms, share, step) => {
          const lower = (received / terms) * share;
          const a = monthlyIrr(received, Array(terms).fill(lower));
          const b = monthlyIrr(received, Array(terms).fill(lower * step));
          expect(b).toBeGreaterThan(a);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses what has no rate, with a clear message', () => {
    expect(() => monthlyIrr(0, [100])).toThrow(/amount received must be a positive number/);
    expect(() => monthlyIrr(Number.NaN, [100])).toThrow(RangeError);
    expect(() => monthlyIrr(100, [])).toThrow(/at least one payment/);
    expect(() => monthlyIrr(100, [0, 0])).toThrow(/at least one payment/);
    expect(() => monthlyIrr(100, [50, -1])).toThrow(/not negative/);
    expect(() => monthlyIrr(100, [Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });
});
