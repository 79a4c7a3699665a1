import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from './problem.ts';

describe('formatProblem', () => {
  it('is file:line: problem', () => {
    expect(formatProblem({ file: 'en/rights/privacy.md', line: 6, message: 'bad' })).toBe('en/rights/privacy.md:6: bad');
  });
});

describe('sortProblems', () => {
  it('sorts by file, then line (numerically), then message, and drops exact repeats', () => {
    const a = { file: 'a.md', line: 10, message: 'x' };
    const b = { file: 'a.md', line: 9, message: 'y' };
    const c = { file: 'b.md', line: 1, message: 'z' };
    expect(sortProblems([c, a, b, a])).toEqual([b, a, c]);
  });
});
