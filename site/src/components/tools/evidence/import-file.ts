/**
 * Reading an exported evidence log back in. The whole file is checked before anything is written: a bad
 * file comes back as a list of problems that name what is wrong (which entry, which field, why), for the
 * island to show in the reader's language.
 */
import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, type ExportFile } from './entry-schema.ts';

/** Why a field is wrong, in words the UI translates. */
export type FieldDetail = 'missing' | 'type' | 'options' | 'format' | 'tooLong' | 'invalid';

export type ImportProblem =
  | { kind: 'empty' }
  | { kind: 'tooLarge' }
  | { kind: 'notJson'; detail: string }
  | { kind: 'notLog' }
  | { kind: 'version'; found: string }
  | { kind: 'field'; entry: number | null; field: string; detail: FieldDetail; expected: string }
  | { kind: 'duplicateId'; entry: number; id: string };

export type ImportOutcome = { ok: true; file: ExportFile } | { ok: false; problems: ImportProblem[] };

/** Larger than any real log (20,000 characters × thousands of entries); refused before parsing. */
export const MAX_IMPORT_CHARS = 20_000_000;

function detailOf(issue: z.core.$ZodIssue): { detail: FieldDetail; expected: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { detail: issue.input === undefined ? 'missing' : 'type', expected: String(issue.expected) };
    case 'invalid_value':
      return { detail: 'options', expected: issue.values.map(String).join(', ') };
    case 'invalid_format':
      return { detail: 'format', expected: issue.message };
    case 'too_big':
      return { detail: 'tooLong', expected: String(issue.maximum) };
    default:
      return { detail: 'invalid', expected: issue.message };
  }
}

/** `['entries', 2, 'channel']` → entry 3 (1-based), field `channel`; top-level fields have no entry. */
function locate(path: readonly PropertyKey[]): { entry: number | null; field: string } {
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    return { entry: path[1] + 1, field: path.slice(2).map(String).join('.') || 'entries' };
  }
  return { entry: null, field: path.map(String).join('.') || 'file' };
}

/** Checks a file's text; the problems are in file order, at most `limit` of them. */
export function readExportFile(text: string, limit = 20): ImportOutcome {
  if (text.trim() === '') return { ok: false, problems: [{ kind: 'empty' }] };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problems: [{ kind: 'tooLarge' }] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [{ kind: 'notJson', detail: error instanceof Error ? error.message : String(error) }] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problems: [{ kind: 'notLog' }] };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) return { ok: false, problems: [{ kind: 'version', found: String(version) }] };
  const parsed = exportFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): ImportProblem => ({ kind: 'field', ...locate(issue.path), ...detailOf(issue) }));
    return { ok: false, problems: problems.slice(0, limit) };
  }
  const seen = new Set<string>();
  const duplicates: ImportProblem[] = [];
  parsed.data.entries.forEach((entry, index) => {
    if (seen.has(entry.id)) duplicates.push({ kind: 'duplicateId', entry: index + 1, id: entry.id });
    seen.add(entry.id);
  });
  if (duplicates.length > 0) return { ok: false, problems: duplicates.slice(0, limit) };
  return { ok: true, file: parsed.data };
}
