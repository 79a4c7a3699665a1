/**
 * Privacy and integrity of the built site: nothing a page loads comes from another origin (only plain
 * outbound <a href="https://…"> links, which are not requests, may leave it), and every internal link,
 * script, stylesheet and form target resolves to a built file — with its #fragment, when it has one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distFiles, exists, htmlFiles, read, sitePathOf, tags, type Tag } from './dist-files.ts';

beforeAll(assertBuilt);

/** Attributes that make the browser fetch something (or navigate on its own). */
const FETCHING: Record<string, string[]> = {
  script: ['src'], link: ['href'], img: ['src', 'srcset'], source: ['src', 'srcset'], iframe: ['src'], video: ['src', 'poster'],
  audio: ['src'], embed: ['src'], object: ['data'], form: ['action'], input: ['src'], track: ['src'], 'astro-island': ['component-url', 'renderer-url'],
};

const isExternal = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

function fetched(tag: Tag): string[] {
  const urls = (FETCHING[tag.name] ?? []).map((attr) => tag.attrs[attr]).filter((url): url is string => url !== undefined);
  if (tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'refresh') urls.push(tag.attrs.content?.split('url=')[1] ?? '');
  return urls.flatMap((url) => url.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')).filter(Boolean);
}

const idsCache = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  let ids = idsCache.get(path);
  if (!ids) {
    ids = new Set(tags(read(path)).map((tag) => tag.attrs.id).filter((id): id is string => !!id));
    idsCache.set(path, ids);
  }
  return ids;
}

describe('requests and links', () => {
  it('loads nothing from another origin (src, link href, form action, islands, meta refresh, CSS url())', () => {
    const offenders: string[] = [];
    for (const path of htmlFiles()) {
      const html = read(path);
      for (const tag of tags(html)) for (const url of fetched(tag)) if (isExternal(url)) offenders.push(`${path}: <${tag.name}> ${url}`);
      for (const [, url = ''] of html.matchAll(/url\(\s*['"]?([^'")]+)/g)) if (isExternal(url)) offenders.push(`${path}: url(${url})`);
    }
    for (const path of distFiles().filter((file) => /\.(css|js)$/.test(file))) {
      const text = read(path);
      for (const [, url = ''] of text.matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)) if (isExternal(url)) offenders.push(`${path}: ${url}`);
      if (path.endsWith('.js')) for (const [, url = ''] of text.matchAll(/(?:import\(|from)\s*["'`](https?:\/\/[^"'`]+)/g)) offenders.push(`${path}: ${url}`);
    }
    expect(offenders).toEqual([]);
  });

  it('has a Content-Security-Policy limiting every page to its own origin', () => {
    for (const path of htmlFiles().filter((file) => file !== '/index.html')) {
      const csp = tags(read(path)).find((tag) => tag.name === 'meta' && tag.attrs['http-equiv'] === 'Content-Security-Policy');
      expect(csp?.attrs.content, path).toMatch(/default-src 'self'.*connect-src 'self'/);
    }
  });

  it('resolves every internal link, script, stylesheet and form target to a built file and fragment', () => {
    const broken: string[] = [];
    for (const path of htmlFiles()) {
      for (const tag of tags(read(path))) {
        const urls = [...fetched(tag), ...(tag.name === 'a' && tag.attrs.href !== undefined ? [tag.attrs.href] : [])];
        for (const url of urls) {
          const target = sitePathOf(url, path);
          if (target === null) continue;
          if (!exists(target)) {
            broken.push(`${path}: ${url}`);
            continue;
          }
          const fragment = url.includes('#') ? decodeURIComponent(url.split('#')[1] ?? '') : '';
          if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${path}: ${url} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('links each article to the same page in the other two languages', () => {
    const page = read('/zh-hans/rights/third-party-contact/index.html');
    const hrefs = tags(page).filter((tag) => tag.name === 'a').map((tag) => tag.attrs.href);
    expect(hrefs).toContain('/zh-hant/rights/third-party-contact/');
    expect(hrefs).toContain('/en/rights/third-party-contact/');
  });
});
