/** An error in what the user typed: the CLI prints its one-line message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Wraps node:util parseArgs errors and our own checks into one short line. */
export function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'bad input';
}
