/** The flat document the search engine indexes, one per page and language. */
import { z } from 'zod';
import { contentKindSchema } from './content-kind.ts';
import { contentLangSchema } from './content-lang.ts';
import { type ContentPage, pageSectionSchema } from './page.ts';

export const searchDocSchema = z.object({
  /** The page slug, e.g. `rights/third-party-contact`. */
  slug: z.string().min(1),
  /** The page's language. */
  lang: contentLangSchema,
  /** The page's kind. */
  kind: contentKindSchema,
  /** The page title. */
  title: z.string(),
  /** The one-line summary. */
  summary: z.string(),
  /** The body's headings, in order. */
  headings: z.array(z.string()),
  /** Search keywords (on zh-hant pages: the Traditional forms, then the Simplified originals). */
  keywords: z.array(z.string()),
  /** Other names of the subject (colloquial, Traditional, pinyin, English). */
  aliases: z.array(z.string()),
  /** The body, section by section, as plain text. */
  sections: z.array(pageSectionSchema),
});

export type SearchDoc = z.infer<typeof searchDocSchema>;

/** One search document per page, with exactly the fields of `searchDocSchema`. */
export function toSearchDocs(pages: readonly ContentPage[]): SearchDoc[] {
  return pages.map((page) => ({
    slug: page.slug,
    lang: page.lang,
    kind: page.kind,
    title: page.title,
    summary: page.summary,
    headings: page.headings.map((heading) => heading.text),
    keywords: [...page.keywords],
    aliases: [...page.aliases],
    sections: page.sections.map((section) => ({ heading: section.heading, text: section.text })),
  }));
}
