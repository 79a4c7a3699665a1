/**
 * BUILD TIME ONLY (imported by the tools' Astro wrappers, never by an island): the other pages a tool needs
 * at build time, such as the titles of the guides a flag links to, or the citations of rights/interest-limits
 * behind the APR calculator's lines. Loaded once per build from content/ through the shared loader.
 */
import type { ContentLang, ContentPage } from '@debtguide/shared/content/schema';
import { loadSiteCorpus } from '../../../../shared/cli/load-site-corpus.ts';

let pages: Map<string, ContentPage> | undefined;

function byKey(): Map<string, ContentPage> {
  pages ??= new Map(loadSiteCorpus().pages.map((page) => [`${page.lang}/${page.slug}`, page]));
  return pages;
}

/** The page `slug` in `lang`, or undefined when there is none. */
export function sitePage(lang: ContentLang, slug: string): ContentPage | undefined {
  return byKey().get(`${lang}/${slug}`);
}

/** A link to the guide `slug` in `lang`: its URL and title (the slug itself if the page is missing). */
export function guideLink(lang: ContentLang, slug: string): { href: string; title: string } {
  return { href: `/${lang}/${slug}/`, title: sitePage(lang, slug)?.title ?? slug };
}
