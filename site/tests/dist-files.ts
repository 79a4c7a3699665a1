/**
 * Reading the built site (site/dist) for the tests: the HTML files, their tags and attributes, and the
 * JavaScript a page loads before anyone opens search. Regex-based: Astro's output is regular (attributes
 * double-quoted, no `>` inside them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Fails early, with the command to run, when the site has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'zh-hans/index.html'))) {
    throw new Error('site/dist is missing: run `pnpm --filter @debtguide/site build` (the root `pnpm test` builds first)');
  }
}

/** Every file under dist, as site paths (`/zh-hans/index.html`). */
export function distFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(`/${relative(DIST, full).split(sep).join('/')}`);
    }
  };
  walk(DIST);
  return out.sort();
}

export const htmlFiles = (): string[] => distFiles().filter((path) => path.endsWith('.html'));

export function read(sitePath: string): string {
  return readFileSync(join(DIST, sitePath), 'utf8');
}

export const gzSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

export type Tag = { name: string; attrs: Record<string, string>; index: number };

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Every start tag with its attributes (values decoded). */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const attr of (match[2] ?? '').matchAll(/([^\s=>/]+)(?:="([^"]*)"|='([^']*)'|=([^\s>]+))?/g)) {
      attrs[(attr[1] ?? '').toLowerCase()] = decode(attr[2] ?? attr[3] ?? attr[4] ?? '');
    }
    out.push({ name: (match[1] ?? '').toLowerCase(), attrs, index: match.index ?? 0 });
  }
  return out;
}

/** The text of every inline `<script>` that runs as JavaScript (not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/\ssrc=/.test(attrs) && !/type="(?!module|text\/javascript)[^"]*"/.test(attrs))
    .map(([, , body = '']) => body);
}

/** A URL found in a page, resolved to a site path (`/a/b/` → `/a/b/index.html`), or null when external. */
export function sitePathOf(url: string, fromPage: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = url.split('#')[0]?.split('?')[0] ?? '';
  if (path === '') return fromPage;
  const absolute = path.startsWith('/') ? path : posix.join(posix.dirname(fromPage), path);
  const decoded = decodeURI(absolute);
  return decoded.endsWith('/') ? `${decoded}index.html` : decoded;
}

export const exists = (sitePath: string): boolean => existsSync(join(DIST, sitePath)) && statSync(join(DIST, sitePath)).isFile();

/** Static `import … from "./x.js"` / `import "./x.js"` of a built module (dynamic `import()` excluded). */
export function staticImports(code: string, modulePath: string): string[] {
  const found = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? '');
  return found.map((spec) => (spec.startsWith('/') ? spec : posix.join(dirname(modulePath), spec)));
}

/** The modules a page runs before search is opened: module scripts, island components, and their static imports. */
export function pageModules(html: string): string[] {
  const roots = tags(html).flatMap((tag) => {
    if (tag.name === 'script' && tag.attrs.src) return [tag.attrs.src];
    if (tag.name === 'astro-island') return [tag.attrs['component-url'], tag.attrs['renderer-url']].filter((u): u is string => !!u);
    if (tag.name === 'link' && tag.attrs.rel === 'modulepreload' && tag.attrs.href) return [tag.attrs.href];
    return [];
  });
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of staticImports(read(path), path)) visit(next);
  };
  roots.forEach(visit);
  return [...seen];
}

/** Gzipped bytes of the JavaScript a page runs before search is opened (inline + every module). */
export function pageJsBytes(html: string): { inline: number; modules: number; files: string[] } {
  const inline = inlineScripts(html).filter((body) => body.trim() !== '');
  const files = pageModules(html);
  return {
    inline: inline.reduce((sum, body) => sum + gzSize(body), 0),
    modules: files.reduce((sum, file) => sum + gzSize(read(file)), 0),
    files,
  };
}
