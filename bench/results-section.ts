/**
 * Shared by the benchmarks that write their figures into bench/RESULTS.md: the median of samples, and
 * replacing one marked section (`<!-- name:start … -->` to `<!-- name:end -->`) while leaving the rest.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS = join(import.meta.dirname, 'RESULTS.md');

export function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Writes `lines` as section `name` of RESULTS.md (wrapped in its markers), replacing the old one or appending. */
export function writeResultsSection(name: string, writer: string, lines: string[]): void {
  const section = [`<!-- ${name}:start (written by ${writer}) -->`, ...lines, `<!-- ${name}:end -->`].join('\n');
  const existing = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const pattern = new RegExp(`<!-- ${name}:start[\\s\\S]*?<!-- ${name}:end -->`);
  writeFileSync(RESULTS, pattern.test(existing) ? existing.replace(pattern, () => section) : `${existing.trimEnd()}\n\n${section}\n`);
}
