import { describe, expect, it } from 'vitest';
import { decliningBalanceSchedule, feeOnPrincipalSchedule, monthlyRateOf, trueCostSchedule } from './schedule.ts';

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

describe('monthlyRateOf', () => {
  it('charges a daily rate on 30-day months, a yearly rate at a twelfth', () => {
    expect(monthlyRateOf(0.05, 'day')).toBeCloseTo(0.015, 12);
    expect(monthlyRateOf(1, 'month')).toBeCloseTo(0.01, 12);
    expect(monthlyRateOf(18, 'year')).toBeCloseTo(0.015, 12);
  });
});

describe('decliningBalanceSchedule', () => {
  it('repays 10,000 at 1% a month over 12 months in equal instalments of 888.49', () => {
    const { rows, totalCost, totalPaid } = decliningBalanceSchedule(10_000, 0.01, 12);
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 11).every((row) => row.payment === 888.49)).toBe(true);
    expect(rows[0]).toMatchObject({ month: 1, cost: 100, principal: 788.49, balance: 9211.51 });
    expect(rows.at(-1)?.balance).toBe(0);
    expect(sum(rows.map((row) => row.principal))).toBe(10_000);
    expect(totalCost).toBeCloseTo(661.85, 1);
    expect(totalPaid).toBe(sum(rows.map((row) => row.payment)));
  });

  it('keeps the cumulative cost equal to the sum of the costs so far', () => {
    const { rows } = decliningBalanceSchedule(5_000, 0.015, 24);
    rows.forEach((row, index) => expect(row.cumulativeCost).toBe(sum(rows.slice(0, index + 1).map((r) => r.cost))));
  });

  it('splits the principal evenly at a zero rate', () => {
    const { rows, totalCost } = decliningBalanceSchedule(1_000, 0, 3);
    expect(totalCost).toBe(0);
    expect(rows.map((row) => row.principal)).toEqual([333.34, 333.34, 333.32]);
  });

  it('handles a single instalment', () => {
    const { rows } = decliningBalanceSchedule(1_000, 0.02, 1);
    expect(rows).toEqual([{ month: 1, payment: 1020, cost: 20, principal: 1000, balance: 0, cumulativeCost: 20 }]);
  });
});

describe('feeOnPrincipalSchedule', () => {
  it('charges the same fee on the original principal every month', () => {
    const { rows, totalCost } = feeOnPrincipalSchedule(10_000, 0.006, 12);
    expect(rows.every((row) => row.cost === 60)).toBe(true);
    expect(totalCost).toBe(720);
    expect(rows[0]).toMatchObject({ payment: 893.33, principal: 833.33 });
    expect(rows.at(-1)).toMatchObject({ principal: 833.37, balance: 0 });
  });
});

describe('trueCostSchedule', () => {
  it('splits 12 × 1,000 on 9,000 received at the true rate, ending at zero with the cost 3,000', () => {
    const { rows, totalPaid, totalCost } = trueCostSchedule(9_000, Array(12).fill(1_000), 0.047295635);
    expect(rows).toHaveLength(12);
    expect(rows.every((row) => row.payment === 1_000)).toBe(true);
    expect(rows[0]).toMatchObject({ cost: 425.66, principal: 574.34, balance: 8_425.66 });
    expect(rows.at(-1)?.balance).toBe(0);
    expect(sum(rows.map((row) => row.principal))).toBe(9_000);
    expect({ totalPaid, totalCost }).toEqual({ totalPaid: 12_000, totalCost: 3_000 });
  });
});
