/**
 * The internal rate of return of a loan whose fee is charged on the original principal: the borrower
 * receives P and repays P/n + P×fee at the end of each of n months. Solved by bisection on a bracket, which
 * cannot diverge: the present value of the repayments falls strictly as the rate rises.
 */

/** Present value, per unit of principal, of n equal payments of `payment` at monthly rate r. */
function presentValue(payment: number, terms: number, r: number): number {
  if (r === 0) return payment * terms;
  return (payment * (1 - (1 + r) ** -terms)) / r;
}

/**
 * Monthly IRR (a fraction, 0.0109 for 1.09%) of a loan repaid over `terms` months with a monthly fee of
 * `feeFraction` (0.006 for 0.6%) on the original principal. Returns 0 for a zero fee.
 */
export function monthlyIrrOfFlatFee(feeFraction: number, terms: number): number {
  if (!(feeFraction > 0) || !(terms >= 1)) return 0;
  const payment = 1 / terms + feeFraction;
  if (terms === 1) return feeFraction;
  let low = 0;
  let high = Math.max(feeFraction * 2, 1e-6);
  for (let i = 0; i < 200 && presentValue(payment, terms, high) > 1; i++) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-15 * Math.max(1, high); i++) {
    const middle = (low + high) / 2;
    if (presentValue(payment, terms, middle) > 1) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** Rounds to two decimals, first clearing binary noise (0.04 × 365 = 14.600000000000001 → 14.6). */
export function roundTo2(value: number): number {
  if (!Number.isFinite(value)) return value;
  const cents = Number((value * 100).toPrecision(12));
  return Math.round(cents) / 100;
}
