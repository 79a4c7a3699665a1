import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatDataPath, zodIssueProblems } from './zod-issue-problems.ts';

describe('formatDataPath', () => {
  it('writes paths the way an author reads them', () => {
    expect(formatDataPath(['citations', 0, 'article'])).toBe('citations[0].article');
    expect(formatDataPath([])).toBe('');
  });
});

describe('zodIssueProblems', () => {
  const schema = z.strictObject({ a: z.string(), b: z.enum(['x', 'y']), c: z.number().optional() });
  const lineOf = (path: readonly PropertyKey[]) => (path[0] === 'c' ? 4 : path[0] === 'extra' ? 5 : 1);

  it('says "missing" for absent fields, names unknown ones, and prefixes the rest with the path', () => {
    const data = { c: 'no', extra: 1 };
    const error = schema.safeParse(data).error;
    if (!error) throw new Error('should fail');
    expect(zodIssueProblems(error, data, lineOf)).toEqual([
      { line: 1, message: "missing required field 'a'" },
      { line: 1, message: "missing required field 'b'" },
      { line: 4, message: 'c: Invalid input: expected number, received string' },
      { line: 5, message: "unknown field 'extra'" },
    ]);
  });

  it('explains a frontmatter that is not a mapping', () => {
    const error = schema.safeParse('text').error;
    if (!error) throw new Error('should fail');
    expect(zodIssueProblems(error, 'text', lineOf)).toEqual([{ line: 1, message: 'the frontmatter must be a YAML mapping of fields (`title: …`)' }]);
  });
});
