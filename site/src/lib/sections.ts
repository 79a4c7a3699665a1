/**
 * The site's sections, one per content kind, in the order a frightened reader needs them: what is happening
 * to me, what the rules are, what I can do, where to complain, then letters, tools and the lenders.
 */
import type { ContentPage } from '@debtguide/shared/content';
import { type ContentKind, kindOfSection, SECTION_OF_KIND } from '@debtguide/shared/content/schema';

export const SECTION_ORDER: readonly ContentKind[] = ['scenario', 'rights', 'hardship', 'channel', 'letter', 'tool', 'lender', 'product'];

/** The URL segment of each section (`rights`, `channels` …). */
export const sectionOf = (kind: ContentKind): string => SECTION_OF_KIND[kind];

/** All section segments, in display order. */
export const SECTIONS: readonly string[] = SECTION_ORDER.map(sectionOf);

export function kindOf(section: string): ContentKind {
  const kind = kindOfSection(section);
  if (!kind) throw new Error(`site: unknown section '${section}'`);
  return kind;
}

/** Pages in a section's order: `order` first (lower first), then by title in the page's language. */
export function sortPages(pages: readonly ContentPage[]): ContentPage[] {
  const collator = new Intl.Collator(pages[0]?.lang === 'en' ? 'en' : 'zh-Hans-CN');
  return [...pages].sort((a, b) => {
    const ao = a.order ?? Number.POSITIVE_INFINITY;
    const bo = b.order ?? Number.POSITIVE_INFINITY;
    return ao !== bo ? ao - bo : collator.compare(a.title, b.title);
  });
}

/** The pages of one kind, sorted for display. */
export function pagesOfKind(pages: readonly ContentPage[], kind: ContentKind): ContentPage[] {
  return sortPages(pages.filter((page) => page.kind === kind));
}
