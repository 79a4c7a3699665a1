import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from './parse-frontmatter.ts';

describe('parseFrontmatter', () => {
  const yaml = ['title: x', 'citations:', '  - document: a', '    article: b', '  - document: c', '    note: d', 'related: [rights/a, rights/b]'].join('\n');

  it('maps data paths to file lines (yaml line 1 = file line 2)', () => {
    const parsed = parseFrontmatter(yaml, 2);
    if (!parsed.ok) throw new Error('should parse');
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['citations', 1, 'note'])).toBe(7);
    expect(parsed.lineOf(['citations', 1, 'missing'])).toBe(6);
    expect(parsed.lineOf(['related', 1])).toBe(8);
    expect(parsed.lineOf(['nothing'])).toBe(1);
    expect(parsed.lineOf([])).toBe(1);
  });

  it('keeps dates and yes/no as strings (YAML 1.2)', () => {
    const parsed = parseFrontmatter('reviewed: 2025-02-30\nx: no', 2);
    expect(parsed.ok && parsed.data).toEqual({ reviewed: '2025-02-30', x: 'no' });
  });

  it('reports duplicate keys and unclosed brackets or quotes on the right line', () => {
    expect(parseFrontmatter('a: 1\na: 2', 2)).toEqual({ ok: false, problems: [{ line: 3, message: 'malformed YAML: Map keys must be unique' }] });
    expect(parseFrontmatter('a: 1\nb: [x, y\nc: 2', 2)).toMatchObject({ ok: false, problems: [{ line: 3 }] });
    expect(parseFrontmatter('a: 1\nb: "abc\nc: 2', 2)).toMatchObject({ ok: false, problems: [{ line: 3, message: 'malformed YAML: Missing closing "quote' }] });
  });
});
