/**
 * Parses the frontmatter YAML and keeps its source map, so a problem found later in the parsed data (by zod,
 * or by a cross-file check) can be reported on the line of the key it concerns.
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** A problem located in one file. */
export type LineProblem = { line: number; message: string };

/** Maps a data path (`['citations', 1, 'article']`) to the file line of the deepest key or item found on it. */
export type LineOfPath = (path: readonly PropertyKey[]) => number;

export type ParsedFrontmatter = { ok: true; data: unknown; lineOf: LineOfPath } | { ok: false; problems: LineProblem[] };

/** `Map keys must be unique at line 2, column 1:\n\n…` → `Map keys must be unique`. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

const CLOSER_OF: Record<string, string> = { ']': '[', '}': '{', '"': '"', "'": "'" };

/**
 * yaml reports an unclosed `[`, `{` or quote where it gave up (the next key, or the end): the line that
 * opened it, the nearest one above with more openers than closers, is where the author has to look.
 */
function openingLine(yaml: string, message: string, reportedLine: number): number {
  const closer = /end with an? ([\]}])|Missing closing ("|')/.exec(message);
  const close = closer?.[1] ?? closer?.[2];
  const open = close ? CLOSER_OF[close] : undefined;
  if (!close || !open) return reportedLine;
  const lines = yaml.split('\n');
  for (let line = Math.min(reportedLine, lines.length); line >= 1; line--) {
    const text = lines[line - 1] ?? '';
    const opens = text.split(open).length - 1;
    const closes = open === close ? 0 : text.split(close).length - 1;
    if (open === close ? opens % 2 === 1 : opens > closes) return line;
  }
  return reportedLine;
}

function lineOfPathIn(doc: Document, counter: LineCounter, fileLineOfYamlLine1: number): LineOfPath {
  const toFileLine = (offset: number) => counter.linePos(offset).line + fileLineOfYamlLine1 - 1;
  return (path) => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair || !isScalar(pair.key) || !pair.key.range) break;
        line = toFileLine(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item?.range) break;
        line = toFileLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
}

/**
 * Parses `yaml` (YAML 1.2 core schema: dates stay strings, `no` stays a string), whose first line is line
 * `fileLine` of the file. Duplicate keys, syntax errors and warnings are problems.
 */
export function parseFrontmatter(yaml: string, fileLine: number): ParsedFrontmatter {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const issues = [...doc.errors, ...doc.warnings];
  if (issues.length > 0) {
    return {
      ok: false,
      problems: issues.map((issue) => {
        const message = firstLine(issue.message);
        return { line: openingLine(yaml, message, counter.linePos(issue.pos[0]).line) + fileLine - 1, message: `malformed YAML: ${message}` };
      }),
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 50 }), lineOf: lineOfPathIn(doc, counter, fileLine) };
  } catch (error) {
    return { ok: false, problems: [{ line: fileLine, message: `malformed YAML: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
