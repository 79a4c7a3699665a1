/** Turns zod issues on the frontmatter into problems on the lines of the keys they concern. */
import type { z } from 'zod';
import type { LineOfPath, LineProblem } from './parse-frontmatter.ts';

/** `['citations', 0, 'article']` → `citations[0].article`. */
export function formatDataPath(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** One problem per issue (one per key for unknown keys), on the line of the deepest key found on its path. */
export function zodIssueProblems(error: z.ZodError, data: unknown, lineOf: LineOfPath): LineProblem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ line: 1, message: 'the frontmatter must be a YAML mapping of fields (`title: …`)' }];
  }
  return error.issues.flatMap((issue): LineProblem[] => {
    const where = formatDataPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        line: lineOf([...issue.path, key]),
        message: `unknown field '${key}'${where ? ` in ${where}` : ''}`,
      }));
    }
    const absent = valueAt(data, issue.path) === undefined;
    if (absent && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
      return [{ line: lineOf(issue.path), message: `missing required field '${where}'` }];
    }
    return [{ line: lineOf(issue.path), message: where ? `${where}: ${issue.message}` : issue.message }];
  });
}
