/** The built site has every CONTRACT §2 page in every language, the section indexes, homes and search indexes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { requiredSlugs, toLenderRefs } from '@debtguide/shared/content';
import { lenders } from '@debtguide/shared/lenders';
import { loadSearchIndex } from '@debtguide/shared/search';
import { LANGS } from '../src/lib/languages.ts';
import { SECTIONS } from '../src/lib/sections.ts';
import { assertBuilt, exists, htmlFiles, read } from './dist-files.ts';

beforeAll(assertBuilt);

const articlePattern = /^\/(zh-hans|zh-hant|en)\/([a-z]+)\/([a-z0-9-]+)\/index\.html$/;

describe('built pages', () => {
  it('has every CONTRACT §2 slug at /<lang>/<slug>/ in all three languages', () => {
    const missing = LANGS.flatMap((lang) => requiredSlugs(toLenderRefs(lenders)).map((slug) => `/${lang}/${slug}/index.html`)).filter(
      (path) => !exists(path),
    );
    expect(missing).toEqual([]);
  });

  it('shows no unrendered Markdown (literal ** left by emphasis next to Chinese text)', () => {
    const leftovers = htmlFiles().filter((path) => read(path).includes('**'));
    expect(leftovers).toEqual([]);
  });

  it('has the same article pages in every language', () => {
    const byLang = LANGS.map((lang) =>
      htmlFiles()
        .map((path) => articlePattern.exec(path))
        .filter((match) => match?.[1] === lang && SECTIONS.includes(match[2] ?? ''))
        .map((match) => `${match?.[2]}/${match?.[3]}`),
    );
    expect(byLang[0]?.length).toBeGreaterThan(60);
    expect(byLang[1]).toEqual(byLang[0]);
    expect(byLang[2]).toEqual(byLang[0]);
  });

  it('has a home, a search page and an index for every section in every language', () => {
    for (const lang of LANGS) {
      for (const path of [`/${lang}/`, `/${lang}/search/`, ...SECTIONS.map((section) => `/${lang}/${section}/`)]) {
        expect(exists(`${path}index.html`), path).toBe(true);
      }
    }
  });

  it('sends / to /zh-hans/ with a meta refresh and a link', () => {
    const root = read('/index.html');
    expect(root).toMatch(/<meta http-equiv="refresh" content="0; url=\/zh-hans\/"/);
    expect(root).toContain('href="/zh-hans/"');
  });

  it('has a 404 page in all three languages', () => {
    const notFound = read('/404.html');
    for (const title of ['找不到这个页面', '找不到這個頁面', 'Page not found']) expect(notFound).toContain(title);
  });

  it.each(LANGS)('ships a loadable %s search index with one entry per article page', (lang) => {
    const index = loadSearchIndex(JSON.parse(read(`/search/${lang}.json`)));
    const articles = htmlFiles().filter((path) => articlePattern.exec(path)?.[1] === lang);
    expect(index.lang).toBe(lang);
    expect(index.size).toBe(articles.length);
    expect(index.search('12378', { limit: 1 })[0]?.slug).toBe('channels/nfra-12378');
  });
});
