/**
 * A problem found in the content corpus, reported as `file:line: problem` (CONTRACT §6, `debtguide check`).
 * Problems are collected, never thrown one at a time, so an author sees every mistake in one run.
 */
import { z } from 'zod';

export const contentProblemSchema = z.object({
  /** The file the problem is in, as given to the loader (relative to the content folder, `/`-separated). */
  file: z.string(),
  /** 1-based line of the problem in that file (1 when nothing better is known). */
  line: z.number().int().min(1),
  /** What is wrong, in one line, saying what to do where that is not obvious. */
  message: z.string(),
});

export type ContentProblem = z.infer<typeof contentProblemSchema>;

/** `file:line: problem`, the one format every check prints. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Sorted by file, then line, then message, with exact duplicates removed: stable output for the CLI and tests. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.message < b.message ? -1 : 1)));
}
