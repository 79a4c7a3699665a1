/**
 * Repayment schedules for the APR calculator, in whole fen (cents) so that the rows add up exactly.
 *
 * Assumptions, stated on the page too:
 * - interest on the declining balance is repaid in equal monthly instalments (等额本息);
 * - a daily rate is charged on 30-day months, so the monthly rate is daily × 30 (the annualised rate
 *   itself is daily × 365, CONTRACT §4); a yearly rate is charged at a twelfth a month;
 * - a fee on the original principal (月费率) is repaid as principal ÷ n plus the same fee every month;
 * - a plan of what was actually received and paid (CONTRACT §4b) is split at its true monthly rate: each
 *   payment pays that rate on what is still owed, the rest repays the amount received.
 * The last row absorbs the rounding so the balance ends at exactly zero.
 */
import type { z } from 'zod';
import type { ratePeriodSchema } from '@debtguide/shared/apr';

type RatePeriod = z.infer<typeof ratePeriodSchema>;

/** One month of a schedule, amounts in yuan. */
export type ScheduleRow = {
  /** 1 for the first instalment. */
  month: number;
  /** What is paid this month. */
  payment: number;
  /** The interest or fee part of it. */
  cost: number;
  /** The principal part of it. */
  principal: number;
  /** Principal still owed after this payment. */
  balance: number;
  /** Interest or fees paid so far, this month included. */
  cumulativeCost: number;
};

export type Schedule = {
  rows: ScheduleRow[];
  /** Everything repaid. */
  totalPaid: number;
  /** Everything repaid beyond the principal: the loan's interest and fees. */
  totalCost: number;
};

/** Days in a month for a daily rate's schedule (the annualised rate uses 365 days a year). */
export const DAYS_PER_SCHEDULE_MONTH = 30;

/** The monthly rate (a fraction) a schedule charges on the balance for a rate in percent per `per`. */
export function monthlyRateOf(ratePercent: number, per: RatePeriod): number {
  const fraction = ratePercent / 100;
  if (per === 'day') return fraction * DAYS_PER_SCHEDULE_MONTH;
  if (per === 'year') return fraction / 12;
  return fraction;
}

const toFen = (yuan: number) => Math.round(yuan * 100);
const toYuan = (fen: number) => fen / 100;

function build(parts: Array<{ principal: number; cost: number }>, principalFen: number): Schedule {
  let balance = principalFen;
  let cumulative = 0;
  const rows = parts.map((part, index) => {
    balance -= part.principal;
    cumulative += part.cost;
    return {
      month: index + 1,
      payment: toYuan(part.principal + part.cost),
      cost: toYuan(part.cost),
      principal: toYuan(part.principal),
      balance: toYuan(balance),
      cumulativeCost: toYuan(cumulative),
    };
  });
  return { rows, totalPaid: toYuan(principalFen + cumulative), totalCost: toYuan(cumulative) };
}

/** Equal monthly instalments (等额本息) of `principal` yuan over `months` at `monthlyRate` (a fraction). */
export function decliningBalanceSchedule(principal: number, monthlyRate: number, months: number): Schedule {
  const principalFen = toFen(principal);
  const instalment = monthlyRate === 0
    ? Math.ceil(principalFen / months)
    : Math.round((principalFen * monthlyRate) / (1 - (1 + monthlyRate) ** -months));
  const parts: Array<{ principal: number; cost: number }> = [];
  let balance = principalFen;
  for (let month = 1; month <= months; month++) {
    const cost = Math.round(balance * monthlyRate);
    const repaid = month === months ? balance : Math.min(balance, Math.max(0, instalment - cost));
    parts.push({ principal: repaid, cost });
    balance -= repaid;
  }
  return build(parts, principalFen);
}

/** Principal ÷ `months` plus a fee of `monthlyFee` (a fraction) of the original principal every month. */
export function feeOnPrincipalSchedule(principal: number, monthlyFee: number, months: number): Schedule {
  const principalFen = toFen(principal);
  const share = Math.floor(principalFen / months);
  const fee = Math.round(principalFen * monthlyFee);
  const parts = Array.from({ length: months }, (_, index) => ({
    principal: index === months - 1 ? principalFen - share * (months - 1) : share,
    cost: fee,
  }));
  return build(parts, principalFen);
}

/**
 * The plan actually paid: `payments` (yuan, the first month first) on `received` yuan, split at the true
 * monthly rate `monthlyIrr` (a fraction) into the price of the money and the repayment of what was received.
 */
export function trueCostSchedule(received: number, payments: readonly number[], monthlyIrr: number): Schedule {
  const receivedFen = toFen(received);
  let balance = receivedFen;
  const parts = payments.map((payment, index) => {
    const paymentFen = toFen(payment);
    const repaid = index === payments.length - 1 ? balance : Math.min(balance, paymentFen - Math.round(balance * monthlyIrr));
    balance -= repaid;
    return { principal: repaid, cost: paymentFen - repaid };
  });
  return build(parts, receivedFen);
}
