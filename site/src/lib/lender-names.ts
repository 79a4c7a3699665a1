/**
 * Short names for lender and product pages (the home page's chips), from the lender registry rather than
 * the page titles, in the registry's order (CONTRACT §1).
 */
import type { ContentPage } from '@debtguide/shared/content';
import type { ContentLang } from '@debtguide/shared/content/schema';
import { getLender, lenders } from '@debtguide/shared/lenders';

type Names = { zhHans: string[]; zhHant: string[]; en: string[] };

function pick(names: Names, lang: ContentLang, preferLonger: boolean): string {
  const list = lang === 'en' ? names.en : lang === 'zh-hant' ? names.zhHant : names.zhHans;
  const [first = '', second] = list;
  return preferLonger && second?.includes(first) ? second : first;
}

/** The lender's or product's display name; the page title for any other page. */
export function shortName(page: ContentPage): string {
  const lender = page.lender ? getLender(page.lender) : undefined;
  if (!lender) return page.title;
  if (page.kind !== 'product') return pick(lender.names, page.lang, false);
  const product = lender.products.find((candidate) => candidate.id === page.product);
  return product ? pick(product.names, page.lang, true) : page.title;
}

/** Lender and product pages in the registry's order (lender, then its products in order). */
export function registryOrder(pages: readonly ContentPage[]): ContentPage[] {
  const rank = (page: ContentPage) => {
    const lenderIndex = lenders.findIndex((lender) => lender.id === page.lender);
    const productIndex = lenders[lenderIndex]?.products.findIndex((product) => product.id === page.product) ?? -1;
    return lenderIndex * 100 + productIndex;
  };
  return [...pages].sort((a, b) => rank(a) - rank(b));
}
