/**
 * An amount of money as a reader of `lang` writes it: two decimals and digit grouping (9,000.00), no
 * currency sign, so the site (¥) and the extension (a page's own currency, unknown) both use it.
 */
export function formatAmount(value: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : lang === 'zh-hant' ? 'zh-TW' : 'zh-CN';
  return value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
