import { parseAmountArgument } from '@debtguide/shared/amounts';

/** An amount as typed in a calculator field (10000, 10,000.00, ¥8,833.33, 1万), or undefined; read by the shared engine. */
export function readAmountField(text: string): number | undefined {
  try {
    return parseAmountArgument(text);
  } catch {
    return undefined;
  }
}
