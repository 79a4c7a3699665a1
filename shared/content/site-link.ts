/**
 * Links in page bodies. A link to another guide page is written `/rights/privacy/` or with the page's own
 * language, `/zh-hans/rights/privacy/` on a zh-hans page. Either way it is checked against the corpus and
 * rendered in the language of the page showing it, so the generated zh-hant page links to zh-hant pages.
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
  const prefix = contentLangSchema.safeParse(parts[0]);
  if (prefix.success) {
    const sourceLang = lang === 'zh-hant' ? 'zh-hans' : lang;
    if (prefix.data !== sourceLang) {
      return { kind: 'bad', message: `link '${href}' points into ${prefix.data} from a ${sourceLang} page: write /${parts.slice(1).join('/')}/` };
    }
    parts.shift();
  }
  const slug = parts.join('/');
  if (!slugSchema.safeParse(slug).success) return { kind: 'bad', message: `link '${href}': not a guide page (expected /section/name/)` };
  return { kind: 'page', slug, href: pageUrl(lang, slug) + (fragment ? `#${fragment}` : '') };
}
