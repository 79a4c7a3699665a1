import { parseArgs } from 'node:util';
import { parseAmountArgument } from '../rates/amount-value.ts';
import { annualise, parseRateArgument, ratePeriodSchema } from '../rates/apr.ts';
import { trueCost } from '../rates/true-cost.ts';
import { printJson } from './print-json.ts';
import { UsageError } from './usage-error.ts';

const RATE_FLAGS = ['rate', 'per', 'fee-on-principal'] as const;
const PLAN_FLAGS = ['principal', 'payment', 'upfront-fee', 'monthly-fee'] as const;

type Values = Partial<Record<(typeof RATE_FLAGS)[number] | (typeof PLAN_FLAGS)[number] | 'terms', string | boolean>>;

function parseTerms(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 600) throw new UsageError(`--terms must be a whole number of instalments from 1 to 600 (got ${text})`);
  return Number(text);
}

function amount(values: Values, flag: (typeof PLAN_FLAGS)[number]): number | undefined {
  const value = values[flag];
  if (value === undefined) return undefined;
  try {
    return parseAmountArgument(String(value), `--${flag}`);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `apr --rate 0.05% --per day|month|year [--fee-on-principal --terms N]` → `{ apr, compounded[, assumedTerms] }` (CONTRACT §4). */
function annualiseRate(values: Values): void {
  if (!values.rate) throw new UsageError('--rate is required, e.g. --rate 0.05% (or give --principal, --payment and --terms)');
  const per = ratePeriodSchema.safeParse(values.per);
  if (!per.success) throw new UsageError(`--per must be day, month or year (got ${values.per ?? 'nothing'})`);
  const feeOnPrincipal = values['fee-on-principal'] === true;
  const terms = parseTerms(values.terms);
  if (terms !== undefined && !feeOnPrincipal) throw new UsageError('--terms only applies with --fee-on-principal');
  const result = annualise({ rate: parseRateArgument(String(values.rate)), per: per.data, feeOnPrincipal, terms });
  printJson({ apr: result.apr, compounded: result.compounded, ...(result.assumedTerms ? { assumedTerms: result.assumedTerms } : {}) });
}

/** `apr --principal P --payment X --terms N [--upfront-fee F] [--monthly-fee M]` → the true cost (CONTRACT §4b). */
function costOfPlan(values: Values): void {
  const principal = amount(values, 'principal');
  const payment = amount(values, 'payment');
  const terms = parseTerms(values.terms);
  if (principal === undefined || payment === undefined || terms === undefined) {
    throw new UsageError('--principal, --payment and --terms go together, e.g. --principal 10000 --payment 1000 --terms 12');
  }
  const result = trueCost({ principal, payment, terms, upfrontFee: amount(values, 'upfront-fee') ?? 0, monthlyFee: amount(values, 'monthly-fee') ?? 0 });
  printJson({ apr: result.apr, compounded: result.compounded, received: result.received, totalPaid: result.totalPaid, cost: result.cost });
}

/** The two forms of `apr`: a quoted rate, or a repayment plan; mixing their flags is an error. */
export async function runApr(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      rate: { type: 'string' }, per: { type: 'string' }, 'fee-on-principal': { type: 'boolean' }, terms: { type: 'string' },
      principal: { type: 'string' }, payment: { type: 'string' }, 'upfront-fee': { type: 'string' }, 'monthly-fee': { type: 'string' },
    },
    allowPositionals: false,
    strict: true,
  });
  const rateFlags = RATE_FLAGS.filter((flag) => values[flag] !== undefined);
  const planFlags = PLAN_FLAGS.filter((flag) => values[flag] !== undefined);
  if (rateFlags.length > 0 && planFlags.length > 0) {
    throw new UsageError(`--${rateFlags[0]} annualises a quoted rate and --${planFlags[0]} works out a repayment plan: use one form or the other`);
  }
  if (planFlags.length > 0) costOfPlan(values);
  else annualiseRate(values);
  return 0;
}
