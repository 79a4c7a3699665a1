import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparedWithAdvertised, trueCost, trueCostRequestSchema, trueCostSchema } from './true-cost.ts';

/** The five figures `debtguide apr --principal …` prints. */
function figures(request: Parameters<typeof trueCost>[0]) {
  const { apr, compounded, received, totalPaid, cost } = trueCost(request);
  return { apr, compounded, received, totalPaid, cost };
}

describe('trueCost', () => {
  it("works out the People's Bank example exactly (CONTRACT §4b, §6)", () => {
    expect(figures({ principal: 100_000, upfrontFee: 1_000, payment: 8_833.33, terms: 12 })).toEqual({
      apr: 12.8, compounded: 13.58, received: 99_000, totalPaid: 105_999.96, cost: 6_999.96,
    });
  });

  it('counts a fee taken at payout (砍头息): 10,000 with 1,000 taken and 12 × 1,000 is 56.75%', () => {
    expect(figures({ principal: 10_000, upfrontFee: 1_000, payment: 1_000, terms: 12 })).toEqual({
      apr: 56.75, compounded: 74.11, received: 9_000, totalPaid: 12_000, cost: 3_000,
    });
  });

  it('adds a fee paid with each instalment (担保费, 会员费/月) to every payment', () => {
    const withFee = trueCost({ principal: 10_000, payment: 888.49, terms: 12, monthlyFee: 50 });
    expect(withFee.payments).toEqual(Array(12).fill(938.49));
    expect(withFee).toMatchObject({ received: 10_000, totalPaid: 11_261.88, cost: 1_261.88 });
    expect(withFee.apr).toBe(22.53);
    expect(trueCost({ principal: 10_000, payment: 888.49, terms: 12 }).apr).toBe(12);
  });

  it('takes listed instalments as they are, the first month first', () => {
    const listed = trueCost({ principal: 3_000, instalments: [1_100, 1_050, 1_030] });
    expect(listed).toMatchObject({ received: 3_000, totalPaid: 3_180, cost: 180, payments: [1_100, 1_050, 1_030] });
    const early = trueCost({ principal: 3_000, instalments: [1_100, 1_050, 1_030] }).apr;
    const late = trueCost({ principal: 3_000, instalments: [1_030, 1_050, 1_100] }).apr;
    expect(early).toBeGreaterThan(late);
  });

  it('labels its answer simple and describes it with its schema', () => {
    const result = trueCost({ principal: 10_000, upfrontFee: 1_000, payment: 1_000, terms: 12 });
    expect(result.simple).toBe(true);
    expect(trueCostSchema.parse(result)).toEqual(result);
  });

  it('never throws on a valid plan, and costs more the more is paid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 360 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 5 }),
        (principal, feePercent, terms, overPercent, monthlyFee) => {
          const upfrontFee = Math.floor((principal * feePercent) / 100);
          const payment = Math.ceil((principal * (100 + overPercent)) / 100 / terms);
          const low = trueCost({ principal, upfrontFee, payment, terms, monthlyFee });
          const high = trueCost({ principal, upfrontFee, payment: payment + 1, terms, monthlyFee });
          expect(Number.isFinite(low.apr)).toBe(true);
          expect(high.apr).toBeGreaterThanOrEqual(low.apr);
          expect(high.cost).toBeGreaterThan(low.cost);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects plans that make no sense, with a one-line message', () => {
    const bad: Array<[Parameters<typeof trueCost>[0], RegExp]> = [
      [{ principal: 0, payment: 100, terms: 12 }, /principal/],
      [{ principal: -5, payment: 100, terms: 12 }, /principal/],
      [{ principal: Number.NaN, payment: 100, terms: 12 }, /principal/],
      [{ principal: 10_000, upfrontFee: 10_000, payment: 1_000, terms: 12 }, /upfrontFee: the fee taken at payout/],
      [{ principal: 10_000, payment: 1_000 }, /give either/],
      [{ principal: 10_000, terms: 12 }, /give either/],
      [{ principal: 10_000, payment: 1_000, terms: 12, instalments: [1_000] }, /give either/],
      [{ principal: 10_000, payment: 1_000, terms: 0 }, /terms/],
      [{ principal: 10_000, payment: 1_000, terms: 1.5 }, /terms/],
      [{ principal: 10_000, payment: 1_000, terms: 601 }, /terms/],
      [{ principal: 10_000, payment: 0, terms: 12 }, /cannot all be zero/],
      [{ principal: 10_000, payment: -1, terms: 12 }, /payment/],
      [{ principal: 10_000, payment: 100, terms: 12, monthlyFee: -2 }, /monthlyFee/],
      [{ principal: 10_000, instalments: [] }, /instalments/],
      [{ principal: 1e11, payment: 100, terms: 12 }, /principal/],
    ];
    for (const [request, message] of bad) {
      expect(() => trueCost(request), JSON.stringify(request)).toThrow(message);
      expect(() => trueCost(request)).toThrow(/^invalid true-cost request: [^\n]+$/);
    }
  });
});

describe('trueCostRequestSchema', () => {
  it('defaults the fees to zero and rounds amounts to the fen', () => {
    expect(trueCostRequestSchema.parse({ principal: 1_000.004, payment: 90.126, terms: 12 })).toEqual({ principal: 1_000, payment: 90.13, terms: 12, upfrontFee: 0, monthlyFee: 0 });
  });
});

describe('comparedWithAdvertised', () => {
  it('says higher or lower only from one point apart', () => {
    expect(comparedWithAdvertised(56.75, 18.25)).toBe('higher');
    expect(comparedWithAdvertised(13, 12)).toBe('higher');
    expect(comparedWithAdvertised(12.99, 12)).toBe('same');
    expect(comparedWithAdvertised(11.01, 12)).toBe('same');
    expect(comparedWithAdvertised(11, 12)).toBe('lower');
  });
});
