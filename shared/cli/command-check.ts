import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentDir } from '../content/check-content-dir.ts';
import { checkRuleLaw, ruleLawLine } from '../messages/check-rule-law.ts';
import { contentDir, repoRoot } from './paths.ts';
import { printJson } from './print-json.ts';

/** The message rules' sources against the law library, as `file:line: problem` lines. */
function ruleProblems(): string[] {
  return checkRuleLaw().map((problem) => {
    const line = ruleLawLine(readFileSync(join(repoRoot(), problem.file), 'utf8'), problem.index);
    return `${problem.file}:${line}: ${problem.message}`;
  });
}

/** Clean corpus and rules: a JSON summary and exit 0. Problems: one `file:line: problem` line each on stdout, exit 1. */
export async function runCheck(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' } }, strict: true });
  const problems = [...checkContentDir(values.dir ?? contentDir()), ...ruleProblems()];
  if (problems.length === 0) {
    printJson({ ok: true, problems: [] });
    return 0;
  }
  process.stdout.write(`${problems.join('\n')}\n`);
  process.stderr.write(`debtguide check: ${problems.length} problem(s)\n`);
  return 1;
}
