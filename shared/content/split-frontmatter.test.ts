import { describe, expect, it } from 'vitest';
import { normalizeNewlines, splitFrontmatter } from './split-frontmatter.ts';

describe('normalizeNewlines', () => {
  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    expect(normalizeNewlines('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('splitFrontmatter', () => {
  it('splits YAML and body and says on which line each starts', () => {
    expect(splitFrontmatter('---\ntitle: x\n---\n\n## Body\n')).toEqual({ ok: true, yaml: 'title: x', yamlLine: 2, body: '\n## Body\n', bodyLine: 4 });
  });

  it('reports a missing or unclosed frontmatter on line 1', () => {
    expect(splitFrontmatter('# Title')).toMatchObject({ ok: false, line: 1 });
    expect(splitFrontmatter('---\ntitle: x\n')).toMatchObject({ ok: false, line: 1, message: 'frontmatter is not closed: add a `---` line after it' });
  });
});
