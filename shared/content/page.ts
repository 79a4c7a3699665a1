/** A loaded page: its validated frontmatter plus the rendered body, in one language. */
import { z } from 'zod';
import { contentLangSchema } from './content-lang.ts';
import { frontmatterObjectSchema } from './frontmatter.ts';

/** A heading of the body (the page title is not one: it comes from the frontmatter). */
export const pageHeadingSchema = z.object({
  /** 1 to 6; level 1 is reserved for the title and reported as a problem in a body. */
  level: z.number().int().min(1).max(6),
  /** The heading's plain text. */
  text: z.string(),
  /** Its anchor id in the HTML, unique within the page. */
  id: z.string(),
});

/** The body cut at every heading: the heading (`''` before the first) and the plain text under it. */
export const pageSectionSchema = z.object({
  /** The section's heading as shown, `''` for the text before the first heading. */
  heading: z.string(),
  /** The section's plain text, paragraphs separated by `\n`. */
  text: z.string(),
});

export const contentPageSchema = frontmatterObjectSchema.extend({
  /** The page's language (`zh-hant` pages are generated from `zh-hans`). */
  lang: contentLangSchema,
  /** The slug, e.g. `rights/third-party-contact`. */
  slug: z.string(),
  /** The page's URL on the site, `/<lang>/<slug>/`. */
  url: z.string(),
  /** The source file, relative to the content folder (the zh-hans file for a zh-hant page). */
  file: z.string(),
  /** The body rendered to HTML (raw HTML never passes through; internal links carry the page's language). */
  html: z.string(),
  /** The body's headings, in order. */
  headings: z.array(pageHeadingSchema),
  /** The body cut into sections at its headings. */
  sections: z.array(pageSectionSchema),
  /** The names of the `{{placeholders}}` in the body, in order of first use (letter pages). */
  placeholders: z.array(z.string()),
});

export type PageHeading = z.output<typeof pageHeadingSchema>;
export type PageSection = z.output<typeof pageSectionSchema>;
export type ContentPage = z.output<typeof contentPageSchema>;
