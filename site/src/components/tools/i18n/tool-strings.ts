/**
 * BUILD TIME ONLY: the tools' UI strings for one language, picked by key prefix and handed to an island as
 * a prop. zh-hans and en are written by hand; zh-hant is converted from zh-hans with OpenCC (cn → tw, the
 * same conversion as the content pages), so no converter or dictionary is ever shipped to the browser.
 */
import type { ContentLang } from '@debtguide/shared/content/schema';
import { toTraditional } from '@debtguide/shared/content/to-traditional';
import en from './en.json' with { type: 'json' };
import zhHans from './zh-hans.json' with { type: 'json' };
import type { Strings } from './format.ts';

const AUTHORED: Readonly<Record<'zh-hans' | 'en', Strings>> = { 'zh-hans': zhHans, en };

/** Text written in Simplified Chinese, in the reader's script (unchanged for zh-hans; en never gets it). */
export function inScript(lang: ContentLang, simplified: string): string {
  return lang === 'zh-hant' ? toTraditional(simplified) : simplified;
}

/** Text authored in both languages (a rule's title, say), in `lang`. */
export function bilingual(lang: ContentLang, text: { 'zh-hans': string; en: string }): string {
  return lang === 'en' ? text.en : inScript(lang, text['zh-hans']);
}

/** Every string whose key starts with one of `prefixes` (`['common.', 'apr.']`), in `lang`. */
export function toolStrings(lang: ContentLang, prefixes: readonly string[]): Strings {
  const source = AUTHORED[lang === 'en' ? 'en' : 'zh-hans'];
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = inScript(lang, value);
  }
  return picked;
}
