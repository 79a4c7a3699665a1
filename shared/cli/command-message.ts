import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkMessage } from '../messages/check-message.ts';
import { printJson } from './print-json.ts';
import { UsageError } from './usage-error.ts';

export async function runMessage(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { at: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError('expected the message text, or - to read it from stdin');
  const text = positionals.length === 1 && positionals[0] === '-' ? readFileSync(0, 'utf8') : positionals.join(' ');
  if (!text.trim()) throw new UsageError('the message is empty');
  if (values.at !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(values.at)) {
    throw new UsageError(`--at must be an ISO 8601 time with an offset, e.g. 2026-01-05T23:10:00+08:00 (got ${values.at})`);
  }
  const { flags, topics } = checkMessage(text, { at: values.at });
  printJson({
    flags: flags.map(({ rule, evidence, guides }) => ({ rule, evidence, guides })),
    topics: topics.map(({ topic, evidence, guides }) => ({ topic, evidence, guides })),
  });
  return 0;
}
