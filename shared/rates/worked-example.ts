/**
 * Rates that are not the page's price: a formula (日利率=年利率/365, 10%除以365), a worked or hypothetical
 * example (例如借1万元，日利率0.05%…, "假设年利率是10%", "for example, at 0.7% a month") or a quotation of
 * someone else's words. Help articles and explainers are full of them; reading one as the page's own rate
 * turned 年利率18%÷365 into an "APR of 6,570%". Bounded windows of folded text only.
 */
import { containsAny, wordTable } from './phrase-table.ts';
import { clauseAfter, clauseBefore, SENTENCE_ENDS } from './rate-context.ts';

/** Said at the start of an example, anywhere earlier in the same sentence. */
const EXAMPLE_MARKERS = wordTable([
  '例如', '比如', '举例', '举个例子', '假设', '假如', '如果', '若是', '譬如', '打个比方', '为例', '以此计算', '按此计算', '计算如下', '算下来',
  'for example', 'for instance', 'e.g.', 'suppose', 'assume', 'assuming', 'say you', 'if you', 'if the',
]);

/** Arithmetic right next to the rate: it is an operand, not a quote. */
const OPERATORS = wordTable(['=', '×', '*', '÷', '/3', '/12', '/365', '/360', '/30', '除以', '乘以', '乘', '约等于', 'divided by', 'multiplied by', 'times']);

/** Arithmetic just before the rate (…=0.0274%, 本金×日利率0.05%). */
const OPERATORS_BEFORE = wordTable(['=', '×', '*', '÷', '除以', '乘以', '≈']);

/** True when the rate at [start, end) of the folded text sits in a formula or a worked example. */
export function isFormulaOrExample(folded: string, start: number, end: number): boolean {
  const sentenceBefore = clauseBefore(folded, start, 60, SENTENCE_ENDS);
  if (containsAny(sentenceBefore, EXAMPLE_MARKERS)) return true;
  const right = clauseAfter(folded, end, 6, SENTENCE_ENDS).trimStart();
  if (OPERATORS.matchAt(right, 0)) return true;
  const left = clauseBefore(folded, start, 4, SENTENCE_ENDS).trimEnd();
  return [...left].some((_, i) => OPERATORS_BEFORE.matchAt(left, i) !== undefined);
}
