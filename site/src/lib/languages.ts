/** The site's languages (CONTRACT §2), in the order the language switch shows them. */
import type { ContentLang } from '@debtguide/shared/content/schema';

export const LANGS: readonly ContentLang[] = ['zh-hans', 'zh-hant', 'en'];

/** The BCP 47 tag for `<html lang>` and `hreflang`. */
export const HTML_LANG: Readonly<Record<ContentLang, string>> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' };

/** Each language's name, written in that language (the switch shows them so). */
export const LANG_NAME: Readonly<Record<ContentLang, string>> = { 'zh-hans': '简体中文', 'zh-hant': '繁體中文', en: 'English' };

/** Short labels for the switch in the header. */
export const LANG_SHORT: Readonly<Record<ContentLang, string>> = { 'zh-hans': '简', 'zh-hant': '繁', en: 'EN' };

export function isLang(value: string | undefined): value is ContentLang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** getStaticPaths for pages that exist once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** The same path in another language: `/zh-hans/rights/` → `/en/rights/`. */
export function switchLang(path: string, to: ContentLang): string {
  const rest = path.replace(/^\/(zh-hans|zh-hant|en)(?=\/|$)/, '');
  return `/${to}${rest || '/'}`;
}
