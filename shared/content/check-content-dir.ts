/**
 * NODE ONLY: `debtguide check` — loads a content folder and returns its problems as `file:line: problem`
 * lines, file paths as given in `dir` (e.g. `content/zh-hans/rights/privacy.md`). The CLI prints them.
 */
import { isAbsolute, join, relative } from 'node:path';
import { lenders as registryLenders } from '../lenders/registry.ts';
import { toLenderRefs } from './lender-ref.ts';
import { type LoadCorpusOptions, loadCorpus } from './load-corpus.ts';
import { formatProblem } from './problem.ts';
import { readCorpusDir } from './read-corpus-dir.ts';

export type CheckContentDirOptions = Partial<LoadCorpusOptions>;

/** Relative to the working directory when inside it (`content/en/…`), else absolute; always `/`-separated. */
function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd).split('\\').join('/');
}

/** Problem lines for the corpus in `dir`; lenders default to the registry, today to today in China. */
export function checkContentDir(dir: string, options: CheckContentDirOptions = {}): string[] {
  const { problems } = loadCorpus(readCorpusDir(dir), { ...options, lenders: options.lenders ?? toLenderRefs(registryLenders) });
  return problems.map((problem) => formatProblem({ ...problem, file: displayPath(join(dir, problem.file)) }));
}
