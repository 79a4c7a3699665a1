/**
 * BUILD TIME ONLY (getStaticPaths, endpoints, page frontmatter): the content corpus, loaded once per build
 * through the shared loader. Any content problem fails the build with one `file:line: problem` line each.
 */
import { fileURLToPath } from 'node:url';
import { lenders } from '@debtguide/shared/lenders';
import { type ContentPage, loadCorpusOrThrow, toLenderRefs, toSearchDocs, type SearchDoc } from '@debtguide/shared/content';
import { readCorpusDir } from '@debtguide/shared/content/read-corpus-dir';
import type { ContentLang } from '@debtguide/shared/content/schema';

/**
 * The corpus folder: set by astro.config.ts for the build (bundled modules cannot use import.meta.url); when
 * this module runs unbundled (vitest), relative to this file.
 */
function contentDir(): string {
  return typeof __DEBTGUIDE_CONTENT_DIR__ === 'string' ? __DEBTGUIDE_CONTENT_DIR__ : fileURLToPath(new URL('../../../content/', import.meta.url));
}

let cache: { pages: ContentPage[]; byKey: Map<string, ContentPage> } | undefined;

function corpus() {
  if (!cache) {
    const pages = loadCorpusOrThrow(readCorpusDir(contentDir()), { lenders: toLenderRefs(lenders) });
    cache = { pages, byKey: new Map(pages.map((page) => [`${page.lang}/${page.slug}`, page])) };
  }
  return cache;
}

/** Every page in every language (zh-hans, zh-hant, en), ordered by language then slug. */
export function allPages(): ContentPage[] {
  return corpus().pages;
}

/** The pages of one language. */
export function pagesIn(lang: ContentLang): ContentPage[] {
  return allPages().filter((page) => page.lang === lang);
}

/** One page, or undefined when the corpus has no such page in that language. */
export function findPage(lang: ContentLang, slug: string): ContentPage | undefined {
  return corpus().byKey.get(`${lang}/${slug}`);
}

/** One page that must exist (a slug the site links to by name): throws with the slug otherwise. */
export function requirePage(lang: ContentLang, slug: string): ContentPage {
  const page = findPage(lang, slug);
  if (!page) throw new Error(`site: the page ${lang}/${slug} is linked from the site but does not exist in content/`);
  return page;
}

/** The search documents of one language. */
export function searchDocsIn(lang: ContentLang): SearchDoc[] {
  return toSearchDocs(pagesIn(lang));
}
