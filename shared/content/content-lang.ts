/** The site's languages (CONTRACT §2): two are written by people, one is generated. */
import { z } from 'zod';

/** A site language: `zh-hans` (authored), `zh-hant` (generated from zh-hans with OpenCC), `en` (authored). */
export const contentLangSchema = z.enum(['zh-hans', 'zh-hant', 'en']);
export type ContentLang = z.infer<typeof contentLangSchema>;

/** The languages stored in the corpus; every page must exist in both. */
export const AUTHORED_LANGS = ['zh-hans', 'en'] as const;
export type AuthoredLang = (typeof AUTHORED_LANGS)[number];

/** The language generated at load time (never stored). */
export const GENERATED_LANG = 'zh-hant';

export function isAuthoredLang(value: string): value is AuthoredLang {
  return (AUTHORED_LANGS as readonly string[]).includes(value);
}
