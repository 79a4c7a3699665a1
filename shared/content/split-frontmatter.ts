/** Splits a page file into its YAML frontmatter and its Markdown body, keeping track of line numbers. */

export type SplitPage =
  | {
      ok: true;
      /** The YAML between the `---` lines. */
      yaml: string;
      /** File line of the YAML's first line (2). */
      yamlLine: number;
      /** The Markdown after the closing `---`. */
      body: string;
      /** File line of the body's first line. */
      bodyLine: number;
    }
  | { ok: false; line: number; message: string };

/** Line endings become `\n` and a byte-order mark is dropped; line numbers are unchanged. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The file must open with a `---` line and close the frontmatter with another `---` line. */
export function splitFrontmatter(text: string): SplitPage {
  const lines = normalizeNewlines(text).split('\n');
  if (lines[0]?.trimEnd() !== '---') return { ok: false, line: 1, message: 'missing frontmatter: the file must start with a `---` line' };
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) return { ok: false, line: 1, message: 'frontmatter is not closed: add a `---` line after it' };
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
