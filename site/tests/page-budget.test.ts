/**
 * Page weight budgets over the built site, checked on every page:
 * - article HTML ≤ 16 kB gzipped (raised from 15 when the rules began to carry the law's own words);
 * - JavaScript run before search is opened (inline + referenced modules and their static imports) ≤ 3 kB
 *   gzipped on every page without an interactive tool. Tool and letter pages carry their island: their
 *   weight is reported, not capped here (the tools' own tests own that).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toolOfPage } from '../src/components/tools/tool-kind.ts';
import { SECTIONS } from '../src/lib/sections.ts';
import { assertBuilt, gzSize, htmlFiles, pageJsBytes, read } from './dist-files.ts';

const HTML_BUDGET = 16 * 1024;
const JS_BUDGET = 3 * 1024;

const ARTICLE = /^\/(?:zh-hans|zh-hant|en)\/([a-z]+)\/([a-z0-9-]+)\/index\.html$/;

type Row = { path: string; slug: string | null; html: number; js: number; files: number };
let rows: Row[] = [];

beforeAll(() => {
  assertBuilt();
  rows = htmlFiles().map((path) => {
    const match = ARTICLE.exec(path);
    const slug = match && SECTIONS.includes(match[1] ?? '') ? `${match[1]}/${match[2]}` : null;
    const html = read(path);
    const js = pageJsBytes(html);
    return { path, slug, html: gzSize(html), js: js.inline + js.modules, files: js.files.length };
  });
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

describe('page budgets', () => {
  it('keeps every article page ≤ 16 kB of HTML gzipped', () => {
    const articles = rows.filter((row) => row.slug);
    expect(articles.length).toBeGreaterThan(150);
    const largest = articles.reduce((a, b) => (b.html > a.html ? b : a));
    console.log(`largest article HTML: ${largest.path} ${kb(largest.html)} gz (${articles.length} article pages)`);
    expect(articles.filter((row) => row.html > HTML_BUDGET).map((row) => `${row.path}: ${kb(row.html)}`)).toEqual([]);
  });

  it('keeps the JavaScript of every page without a tool ≤ 3 kB gzipped before search is opened', () => {
    const plain = rows.filter((row) => !row.slug || toolOfPage(row.slug) === null);
    const heaviest = plain.reduce((a, b) => (b.js > a.js ? b : a));
    console.log(`JS before search, pages without a tool: at most ${heaviest.js} B gz (${heaviest.path}, ${heaviest.files} file(s))`);
    expect(plain.filter((row) => row.js > JS_BUDGET).map((row) => `${row.path}: ${kb(row.js)}`)).toEqual([]);
  });

  it('reports the JavaScript of tool and letter pages', () => {
    const tools = rows.filter((row) => row.slug && toolOfPage(row.slug) !== null && row.path.startsWith('/zh-hans/'));
    for (const row of tools) console.log(`JS with its tool: ${row.path} ${kb(row.js)} gz in ${row.files} file(s)`);
    expect(tools.length).toBeGreaterThanOrEqual(6);
  });
});
