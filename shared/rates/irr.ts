/**
 * The internal rate of return of a loan (CONTRACT §4, §4b): money received at the start, payments at the
 * end of each month. Solved by bisection on a bracket, which cannot diverge: the present value of the
 * payments falls strictly as the rate rises, so there is exactly one rate at which they are worth what was
 * received.
 */

/** Present value at monthly rate `r` (> −1) of payments at the end of months 1, 2, …; zero payments are skipped. */
function presentValue(payments: readonly number[], r: number): number {
  const logDiscount = Math.log1p(r);
  let total = 0;
  for (let k = 0; k < payments.length; k++) {
    const payment = payments[k] as number;
    if (payment > 0) total += payment * Math.exp(-(k + 1) * logDiscount);
  }
  return total;
}

const MAX_STEPS = 2_000;

/**
 * Monthly IRR (a fraction, 0.0107 for 1.07%) of receiving `received` now and paying `payments[k]` at the
 * end of month k + 1. Defined for any positive amount received and payments that are finite, not
 * negative and not all zero; it is negative when less is repaid than was received. Throws a RangeError
 * on anything else.
 */
export function monthlyIrr(received: number, payments: readonly number[]): number {
  if (!(received > 0) || !Number.isFinite(received)) throw new RangeError(`the amount received must be a positive number (got ${received})`);
  if (payments.some((p) => !(p >= 0) || !Number.isFinite(p))) throw new RangeError('every payment must be a finite amount, not negative');
  if (!payments.some((p) => p > 0)) throw new RangeError('at least one payment must be greater than zero');
  if (payments.length === 1) return (payments[0] as number) / received - 1;
  const atZero = presentValue(payments, 0);
  if (atZero === received) return 0;
  let low: number;
  let high: number;
  if (atZero > received) {
    low = 0;
    high = 1e-3;
    for (let i = 0; i < MAX_STEPS && presentValue(payments, high) > received; i++) [low, high] = [high, high * 2];
  } else {
    high = 0;
    low = -0.5;
    for (let i = 0; i < MAX_STEPS && presentValue(payments, low) < received; i++) [high, low] = [low, (low - 1) / 2];
  }
  for (let i = 0; i < MAX_STEPS && high - low > 1e-15 * Math.max(1, Math.abs(high)); i++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (presentValue(payments, middle) > received) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * Monthly IRR of a loan whose fee is charged on the original principal: the borrower receives 1 and repays
 * 1/terms + `feeFraction` (0.006 for 0.6%) at the end of each of `terms` months. Returns 0 for a zero fee.
 */
export function monthlyIrrOfFlatFee(feeFraction: number, terms: number): number {
  if (!(feeFraction > 0) || !(terms >= 1) || !Number.isInteger(terms)) return 0;
  if (terms === 1) return feeFraction;
  return monthlyIrr(1, Array.from({ length: terms }, () => 1 / terms + feeFraction));
}

/** Rounds to two decimals, first clearing binary noise (0.04 × 365 = 14.600000000000001 → 14.6). */
export function roundTo2(value: number): number {
  if (!Number.isFinite(value)) return value;
  const cents = Number((value * 100).toPrecision(12));
  return Math.round(cents) / 100;
}
