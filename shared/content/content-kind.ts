/**
 * What a guide page is about. The kind is stated in the frontmatter and must agree with the slug's first
 * segment (`lenders/icbc` is a `lender` page), so a page moved to another section cannot keep a stale kind.
 */
import { z } from 'zod';

/** The kind of a guide page (not to be confused with the classifier's `pageKind`, CONTRACT §3). */
export const contentKindSchema = z.enum(['lender', 'product', 'rights', 'hardship', 'channel', 'scenario', 'letter', 'tool']);
export type ContentKind = z.infer<typeof contentKindSchema>;

/** The slug's first segment (the site section) for each kind. */
export const SECTION_OF_KIND: Readonly<Record<ContentKind, string>> = {
  lender: 'lenders',
  product: 'products',
  rights: 'rights',
  hardship: 'hardship',
  channel: 'channels',
  scenario: 'scenarios',
  letter: 'letters',
  tool: 'tools',
};

/** The kind a slug's first segment calls for, or undefined for an unknown section. */
export function kindOfSection(section: string): ContentKind | undefined {
  return contentKindSchema.options.find((kind) => SECTION_OF_KIND[kind] === section);
}
