/**
 * BUILD TIME ONLY (imported by the tools' Astro wrappers, never by an island): the other pages a tool needs,
 * such as the titles of the guides a flag links to, or the citations of rights/interest-limits behind the
 * APR calculator's lines. The corpus is the site's own (site/src/lib/site-corpus.ts), loaded once per build.
 */
import type { ContentLang, ContentPage } from '@debtguide/shared/content/schema';
import { findPage } from '../../lib/site-corpus.ts';

/** The page `slug` in `lang`, or undefined when there is none. */
export function sitePage(lang: ContentLang, slug: string): ContentPage | undefined {
  return findPage(lang, slug);
}

/** A link to the guide `slug` in `lang`: its URL and title (the slug itself if the page is missing). */
export function guideLink(lang: ContentLang, slug: string): { href: string; title: string } {
  return { href: `/${lang}/${slug}/`, title: sitePage(lang, slug)?.title ?? slug };
}
