import { parseArgs } from 'node:util';
import { checkContentDir } from '../content/check-content-dir.ts';
import { contentDir } from './paths.ts';
import { printJson } from './print-json.ts';

/** Clean corpus: a JSON summary and exit 0. Problems: one `file:line: problem` line each on stdout, exit 1. */
export async function runCheck(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' } }, strict: true });
  const problems = checkContentDir(values.dir ?? contentDir());
  if (problems.length === 0) {
    printJson({ ok: true, problems: [] });
    return 0;
  }
  process.stdout.write(`${problems.join('\n')}\n`);
  process.stderr.write(`debtguide check: ${problems.length} problem(s)\n`);
  return 1;
}
