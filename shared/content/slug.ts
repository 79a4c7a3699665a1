/**
 * Slugs and corpus paths. A page's slug comes from its path: `zh-hans/rights/third-party-contact.md` is the
 * page `rights/third-party-contact` in Simplified Chinese, served at `/zh-hans/rights/third-party-contact/`.
 */
import { z } from 'zod';
import { type AuthoredLang, type ContentLang, GENERATED_LANG, isAuthoredLang } from './content-lang.ts';
import { kindOfSection } from './content-kind.ts';

const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A page slug: `section/name`, lower-case ASCII words joined by hyphens, e.g. `rights/third-party-contact`. */
export const slugSchema = z
  .string()
  .regex(new RegExp(`^${SEGMENT}/${SEGMENT}$`), { error: 'a slug is `section/name` in lower-case letters, digits and hyphens', abort: true })
  .refine((slug) => kindOfSection(slug.split('/')[0] ?? '') !== undefined, 'unknown section (the part before `/`)');

/** The page's URL on the site (CONTRACT §2). */
export function pageUrl(lang: ContentLang, slug: string): string {
  return `/${lang}/${slug}/`;
}

/** `\` → `/`, no leading `./`, no doubled `/`: one spelling per file whatever produced the list. */
export function normalizeCorpusPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/{2,}/g, '/').replace(/^(\.\/)+/, '');
}

export type ContentPath = { ok: true; lang: AuthoredLang; slug: string } | { ok: false; message: string };

/** Reads language and slug from a path relative to the content folder (`<lang>/<section>/<name>.md`). */
export function parseContentPath(path: string): ContentPath {
  const match = /^([^/]+)\/(.+)\.md$/.exec(normalizeCorpusPath(path));
  if (!match) return { ok: false, message: 'not a page: pages are `<lang>/<section>/<name>.md`' };
  const [, lang = '', slug = ''] = match;
  if (lang === GENERATED_LANG) {
    return { ok: false, message: `${GENERATED_LANG} is generated from zh-hans at load time: do not store it` };
  }
  if (!isAuthoredLang(lang)) return { ok: false, message: `unknown language folder '${lang}' (expected zh-hans or en)` };
  const checked = slugSchema.safeParse(slug);
  if (!checked.success) return { ok: false, message: `bad slug '${slug}': ${checked.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, lang, slug };
}
