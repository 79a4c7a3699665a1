/**
 * The words that introduce or qualify a rate, as data. All entries are folded (Simplified, half-width,
 * lower case: see foldForMatch), so Traditional (月費率, 手續費率) and full-width text match them too.
 */
import { phraseTable, wordTable } from './phrase-table.ts';

/** How a quoted rate is charged: its period and what it is charged on. */
export type RateKind = {
  per: 'day' | 'month' | 'year';
  basis: 'declining-balance' | 'fee-on-principal' | 'stated-annual';
};

export const DAILY: RateKind = { per: 'day', basis: 'declining-balance' };
export const MONTHLY: RateKind = { per: 'month', basis: 'declining-balance' };
export const MONTHLY_FEE: RateKind = { per: 'month', basis: 'fee-on-principal' };
export const ANNUAL: RateKind = { per: 'year', basis: 'stated-annual' };

const DAILY_LABELS = [
  '日利率', '日息', '日利息', '日费率', '日综合费率', '日化利率', '每日利率', '每天利率', '每日利息', '每天利息',
  '每日', '每天', '按日', 'daily interest rate', 'daily rate', 'daily interest', 'interest rate per day',
];
const MONTHLY_LABELS = [
  '月利率', '月息', '月利息', '月化利率', '每月利率', '每月利息', 'monthly interest rate', 'monthly rate',
  'monthly interest', 'interest rate per month',
];
const FEE_LABELS = [
  '月费率', '月手续费率', '月服务费率', '月管理费率', '月综合费率', '每月费率', '每月手续费率', '每月手续费',
  '每月服务费率', '每月服务费', '每期费率', '每期手续费率', '每期手续费', '每期服务费率', '每期服务费',
  '分期手续费率', '分期手续费', '分期费率', 'monthly fee rate', 'monthly fee', 'monthly service fee',
  'monthly handling fee', 'instalment fee rate', 'installment fee rate', 'instalment fee', 'installment fee',
  'fee per instalment', 'fee per installment', 'fee rate per instalment', 'fee rate per installment',
];
const ANNUAL_LABELS = [
  '年化利率', '年化费率', '年化综合费率', '年化综合成本', '综合年化利率', '综合年化成本', '年利率', '年息', '年化',
  'apr', 'annual percentage rate', 'annual interest rate', 'annual rate', 'annualised rate', 'annualized rate',
  'annualised interest rate', 'annualized interest rate', 'interest rate per annum',
];

/** A label that comes before the rate (日利率0.05%, APR 7.3%). */
export const RATE_LABELS = phraseTable<RateKind>([
  ...DAILY_LABELS.map((label) => [label, DAILY] as const),
  ...MONTHLY_LABELS.map((label) => [label, MONTHLY] as const),
  ...FEE_LABELS.map((label) => [label, MONTHLY_FEE] as const),
  ...ANNUAL_LABELS.map((label) => [label, ANNUAL] as const),
]);

/** Words allowed between a label and its number (年化利率约13.03%, monthly fee of 0.6%). */
export const GAP_WORDS = wordTable([
  '约', '约为', '为', '是', '仅', '仅为', '低至', '最低', '最低为', '最高', '最高为', '只需', '仅需', '按', '折合',
  'of', 'is', 'at', 'from', 'between', 'as low as', 'up to', 'approx.', 'approx', 'approximately', 'about', 'around', 'only', 'just',
]);

/** Single characters allowed between a label and its number. */
export const GAP_CHARS = ' \t\r\n\u00a0:=~≈';

/** A unit that follows the number and says what it is (0.05%/天, 万分之6/天, 7.3% p.a.). */
export const RATE_SUFFIXES = phraseTable<RateKind>([
  ...['/天', '/日', '每天', '每日', '一天', '/day', 'per day', 'a day', 'daily'].map((s) => [s, DAILY] as const),
  ...['/月', '每月', '/month', 'per month', 'a month'].map((s) => [s, MONTHLY] as const),
  ...['monthly fee', 'fee per month', 'monthly service fee'].map((s) => [s, MONTHLY_FEE] as const),
  ...['/年', '每年', '/year', 'per year', 'a year', 'per annum', 'p.a.', 'apr'].map((s) => [s, ANNUAL] as const),
]);

/** True for an ASCII letter: Latin words must not run on into the next word (apr ≠ april). */
export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}
