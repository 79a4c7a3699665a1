/**
 * BUILD TIME ONLY: the site's UI strings. zh-hans.json and en.json are written by hand with the same flat
 * dotted keys (a test checks); zh-hant is generated from zh-hans with OpenCC (cn → tw, the same conversion
 * as the content pages), so no converter is ever shipped to the browser.
 */
import type { ContentLang } from '@debtguide/shared/content/schema';
import { toTraditional } from '@debtguide/shared/content/to-traditional';
import en from './en.json' with { type: 'json' };
import zhHans from './zh-hans.json' with { type: 'json' };

export type StringKey = keyof typeof zhHans;
type Table = Readonly<Record<StringKey, string>>;

const TABLES: Readonly<Record<ContentLang, Table>> = {
  'zh-hans': zhHans,
  'zh-hant': Object.fromEntries(Object.entries(zhHans).map(([key, value]) => [key, toTraditional(value)])) as Table,
  en,
};

/** Fills `{name}` slots: `fill('共 {n} 篇', { n: 3 })` → `共 3 篇`. Unknown slots are left as they are. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in vars ? String(vars[name]) : slot));
}

/** The string function of one language: `t('search.count', { n: 4 })`. */
export function strings(lang: ContentLang) {
  const table = TABLES[lang];
  return (key: StringKey, vars?: Readonly<Record<string, string | number>>): string => fill(table[key], vars);
}

export type Translate = ReturnType<typeof strings>;
