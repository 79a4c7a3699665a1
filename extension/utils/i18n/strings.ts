/**
 * The extension's UI strings: flat dotted keys, one JSON file per authored language (en, zh-hans); zh-hant is
 * generated from zh-hans at build time, as the site's pages are.
 */
import type { Lang } from '../bundled-texts.ts';
import zhHant from '../generated/strings.zh-hant.ts';
import en from './en.json' with { type: 'json' };
import zhHans from './zh-hans.json' with { type: 'json' };

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

export const strings: Record<Lang, Strings> = { 'zh-hans': zhHans satisfies Strings, 'zh-hant': zhHant, en };

/** The string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The `lang` attribute for text in `lang` (BCP 47 script subtags pick the right CJK glyphs). */
export function htmlLang(lang: Lang): string {
  return lang === 'zh-hans' ? 'zh-Hans' : lang === 'zh-hant' ? 'zh-Hant' : 'en';
}
