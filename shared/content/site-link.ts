/**
 * Links in page bodies. Links to other guide pages are written without a language, `/rights/privacy/`, and
 * are rewritten to the page's own language (`/zh-hant/rights/privacy/` on a zh-hant page), so the same
 * Markdown serves all three languages and a link is checked against the corpus.
 */
import { contentLangSchema, type ContentLang } from './content-lang.ts';
import { pageUrl, slugSchema } from './slug.ts';

export type SiteLink =
  /** Leave the href as it is (web, mail, phone, in-page anchor). */
  | { kind: 'external' }
  /** A guide page: check `slug` exists and use `href`. */
  | { kind: 'page'; slug: string; href: string }
  /** Not allowed, with the reason. */
  | { kind: 'bad'; message: string };

/** Classifies a link's href as written in the Markdown of a page in `lang`. */
export function classifySiteLink(href: string, lang: ContentLang): SiteLink {
  if (/^(https?:|mailto:|tel:|#)/i.test(href)) return { kind: 'external' };
  if (!href.startsWith('/')) {
    return { kind: 'bad', message: `link '${href}': link to guide pages as /section/name/ and to other sites with https://` };
  }
  const [path = '', fragment] = href.split('#', 2);
  const parts = path.split('/').filter(Boolean);
  if (contentLangSchema.safeParse(parts[0]).success) {
    return { kind: 'bad', message: `link '${href}': leave out the language (/${parts.slice(1).join('/')}/); it is added for each language` };
  }
  const slug = parts.join('/');
  if (!slugSchema.safeParse(slug).success) return { kind: 'bad', message: `link '${href}': not a guide page (expected /section/name/)` };
  return { kind: 'page', slug, href: pageUrl(lang, slug) + (fragment ? `#${fragment}` : '') };
}
