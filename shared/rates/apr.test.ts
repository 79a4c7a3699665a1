import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualise, aprRequestSchema, aprResultSchema, isPlausibleRate, parseRateArgument } from './apr.ts';

describe('annualise', () => {
  it('annualises daily, monthly and annual rates simply', () => {
    expect(annualise({ rate: 0.05, per: 'day' })).toEqual({ apr: 18.25, simple: true, compounded: 20.02 });
    expect(annualise({ rate: 0.04, per: 'day', feeOnPrincipal: false })).toMatchObject({ apr: 14.6 });
    expect(annualise({ rate: 0.06, per: 'day', feeOnPrincipal: false })).toMatchObject({ apr: 21.9 });
    expect(annualise({ rate: 0.35, per: 'month', feeOnPrincipal: false })).toEqual({ apr: 4.2, simple: true, compounded: 4.28 });
    expect(annualise({ rate: 3.45, per: 'year', feeOnPrincipal: false })).toEqual({ apr: 3.45, simple: true, compounded: 3.45 });
  });

  it('solves the IRR of a fee on the original principal (CONTRACT §4 examples)', () => {
    expect(annualise({ rate: 0.6, per: 'month', feeOnPrincipal: true, terms: 12 }).apr).toBe(13.03);
    expect(annualise({ rate: 0.5, per: 'month', feeOnPrincipal: true, terms: 12 }).apr).toBe(10.9);
    expect(annualise({ rate: 0.75, per: 'month', feeOnPrincipal: true, terms: 24 }).apr).toBe(16.43);
    expect(annualise({ rate: 0.75, per: 'month', feeOnPrincipal: true, terms: 6 }).apr).toBe(15.27);
    expect(annualise({ rate: 0.6, per: 'month', feeOnPrincipal: true, terms: 1 }).apr).toBe(7.2);
  });

  it('assumes 12 instalments for a fee without a count, and says so', () => {
    const result = annualise({ rate: 0.6, per: 'month', feeOnPrincipal: true });
    expect(result).toMatchObject({ apr: 13.03, assumedTerms: 12 });
    expect(aprResultSchema.parse(result)).toEqual(result);
    expect(annualise({ rate: 0.6, per: 'month', feeOnPrincipal: true, terms: 12 })).not.toHaveProperty('assumedTerms');
  });

  it('reports the compounded equivalent of the periodic IRR', () => {
    expect(annualise({ rate: 0.6, per: 'month', feeOnPrincipal: true, terms: 12 }).compounded).toBe(13.84);
    expect(annualise({ rate: 100, per: 'day' }).compounded).toBeGreaterThan(1e100);
  });

  it('rejects requests that make no sense', () => {
    expect(() => annualise({ rate: 0, per: 'day' })).toThrow();
    expect(() => annualise({ rate: -1, per: 'month' })).toThrow();
    expect(() => annualise({ rate: Number.NaN, per: 'month' })).toThrow();
    expect(() => annualise({ rate: 101, per: 'day' })).toThrow(/implausibly high/);
    expect(() => annualise({ rate: 0.05, per: 'day', feeOnPrincipal: true })).toThrow(/per "month"/);
    expect(() => annualise({ rate: 0.6, per: 'month', feeOnPrincipal: true, terms: 0 })).toThrow();
    expect(() => annualise({ rate: 0.6, per: 'month', feeOnPrincipal: true, terms: 1.5 })).toThrow();
    expect(() => annualise({ rate: 0, per: 'day' })).toThrow(/^invalid apr request: rate: [^\n]+$/);
  });

  it('puts a flat fee between the naive ×12 and ×24 figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 2, max: 360 }), (hundredths, terms) => {
        const fee = hundredths / 100;
        const { apr, compounded } = annualise({ rate: fee, per: 'month', feeOnPrincipal: true, terms });
        expect(apr).toBeGreaterThanOrEqual(fee * 12 - 0.01);
        expect(apr).toBeLessThanOrEqual(fee * 24 + 0.01);
        expect(compounded).toBeGreaterThanOrEqual(apr);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('aprRequestSchema', () => {
  it('defaults feeOnPrincipal to false', () => {
    expect(aprRequestSchema.parse({ rate: 0.05, per: 'day' })).toEqual({ rate: 0.05, per: 'day', feeOnPrincipal: false });
  });
});

describe('aprResultSchema', () => {
  it('describes what annualise returns', () => {
    const result = annualise({ rate: 0.05, per: 'day' });
    expect(aprResultSchema.parse(result)).toEqual(result);
  });
});

describe('isPlausibleRate', () => {
  it('accepts positive rates up to 100% a day', () => {
    expect(isPlausibleRate(0.05, 'day')).toBe(true);
    expect(isPlausibleRate(100, 'day')).toBe(true);
    expect(isPlausibleRate(100.01, 'day')).toBe(false);
    expect(isPlausibleRate(2_000, 'month')).toBe(true);
    expect(isPlausibleRate(5_000, 'month')).toBe(false);
    expect(isPlausibleRate(0, 'year')).toBe(false);
    expect(isPlausibleRate(Number.POSITIVE_INFINITY, 'year')).toBe(false);
  });
});

describe('parseRateArgument', () => {
  it('reads percentages written the usual ways', () => {
    expect(parseRateArgument('0.05%')).toBe(0.05);
    expect(parseRateArgument('0.05')).toBe(0.05);
    expect(parseRateArgument(' 0.6 % ')).toBe(0.6);
    expect(parseRateArgument('０．０５％')).toBe(0.05);
    expect(parseRateArgument('0.5‰')).toBe(0.05);
    expect(parseRateArgument('万分之5')).toBe(0.05);
    expect(parseRateArgument('萬分之五')).toBe(0.05);
    expect(parseRateArgument('千分之6')).toBe(0.6);
    expect(parseRateArgument('12')).toBe(12);
  });

  it('rejects anything else with a clear message', () => {
    for (const bad of ['', '%', 'abc', '0.05%%', '0.05.1', '1e3', '-0.05%', '0.05% a day', '0x10', '万五', '0', '0%']) {
      expect(() => parseRateArgument(bad), bad).toThrow(/invalid rate/);
    }
    expect(() => parseRateArgument('abc')).toThrow('invalid rate "abc": give a percentage such as 0.05%, 0.05 or 万分之5');
  });
});
