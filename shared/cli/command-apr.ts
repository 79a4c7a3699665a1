import { parseArgs } from 'node:util';
import { annualise, parseRateArgument, ratePeriodSchema } from '../rates/apr.ts';
import { printJson } from './print-json.ts';
import { UsageError } from './usage-error.ts';

function parseTerms(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const terms = Number(value);
  if (!/^\d+$/.test(value) || terms < 1 || terms > 600) throw new UsageError(`--terms must be a whole number of instalments from 1 to 600 (got ${value})`);
  return terms;
}

/** `apr --rate 0.05% --per day|month|year [--fee-on-principal --terms N]` → `{ apr, compounded[, assumedTerms] }`. */
export async function runApr(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { rate: { type: 'string' }, per: { type: 'string' }, 'fee-on-principal': { type: 'boolean' }, terms: { type: 'string' } },
    allowPositionals: false,
    strict: true,
  });
  if (!values.rate) throw new UsageError('--rate is required, e.g. --rate 0.05%');
  const per = ratePeriodSchema.safeParse(values.per);
  if (!per.success) throw new UsageError(`--per must be day, month or year (got ${values.per ?? 'nothing'})`);
  const feeOnPrincipal = values['fee-on-principal'] ?? false;
  const terms = parseTerms(values.terms);
  if (terms !== undefined && !feeOnPrincipal) throw new UsageError('--terms only applies with --fee-on-principal');
  const rate = parseRateArgument(values.rate);
  const result = annualise({ rate, per: per.data, feeOnPrincipal, terms });
  printJson({ apr: result.apr, compounded: result.compounded, ...(result.assumedTerms ? { assumedTerms: result.assumedTerms } : {}) });
  return 0;
}
