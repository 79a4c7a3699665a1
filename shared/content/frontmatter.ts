/**
 * The YAML frontmatter of a guide page. Checks that need only the file itself live here; checks that need
 * the path, the other pages or the lender registry are made by the loader.
 */
import { z } from 'zod';
import { citationSchema } from './citation.ts';
import { contentKindSchema } from './content-kind.ts';
import { letterFieldSchema } from './letter-field.ts';
import { isCalendarDate } from './review-date.ts';
import { slugSchema } from './slug.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A string; a YAML number or boolean where text is expected (`keywords: [12378]`) gets a hint to quote it. */
const text = () =>
  z.string({
    error: (issue) =>
      issue.code === 'invalid_type' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
        ? `expected text, got the ${typeof issue.input} ${String(issue.input)}: put it in quotes`
        : undefined,
  });
const oneLine = text().trim().min(1).regex(/^[^\n]*$/, 'must be one line');
const words = z.array(text().trim().min(1)).refine((list) => new Set(list).size === list.length, 'has duplicates');

/** The fields, without the rules that tie one field to another (see `frontmatterSchema`). */
export const frontmatterObjectSchema = z.strictObject({
  /** What the page is about; must agree with the slug's section (`rights/…` is `rights`, `lenders/…` is `lender`). */
  kind: contentKindSchema,
  /** The page title, shown as its heading and in search results. */
  title: oneLine.max(120),
  /** One line saying what the reader will learn or be able to do. */
  summary: oneLine.max(400),
  /** Words a reader might search for that the page is about (at least one). */
  keywords: words.min(1, 'give at least one keyword'),
  /** Other spellings of the subject for search: colloquial, Traditional, pinyin, English. */
  aliases: words.default([]),
  /** Slugs of pages to link under "related" (each must exist, not the page itself). */
  related: z.array(slugSchema).refine((list) => new Set(list).size === list.length, 'has duplicates').default([]),
  /** The lender id (CONTRACT §1); required on lender and product pages. */
  lender: z.string().regex(ID, 'must be a lender id such as `mybank`').optional(),
  /** The product id of that lender (CONTRACT §1); required on product pages. */
  product: z.string().regex(ID, 'must be a product id such as `wangshangdai`').optional(),
  /** The day the page was last checked against its sources, `YYYY-MM-DD` (a real day, not in the future). */
  reviewed: text().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD'),
  /** The law and official texts behind the page; at least one except on tool pages. */
  citations: z.array(citationSchema).default([]),
  /** The inputs of a letter page, one per `{{name}}` in the body; letter pages only. */
  fields: z.array(letterFieldSchema).optional(),
  /** The number to call, on channel pages: `12378`, `110`, `400-123-4567`. */
  hotline: text().regex(/^\d[\d-]{1,15}\d$/, 'must be digits and hyphens, e.g. 12378').optional(),
  /** Position within its section (lower first); pages without it follow, by title. */
  order: z.number().optional(),
});

/** The frontmatter, with the rules that depend on the kind. */
export const frontmatterSchema = frontmatterObjectSchema.superRefine((page, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if ((page.kind === 'lender' || page.kind === 'product') && !page.lender) issue('lender', `a ${page.kind} page needs \`lender\``);
  if (page.kind === 'product' && !page.product) issue('product', 'a product page needs `product`');
  if (page.product && page.kind !== 'product') issue('product', 'only product pages take `product`');
  if (page.kind !== 'tool' && page.citations.length === 0) issue('citations', 'give at least one citation (only tool pages may have none)');
  if (page.kind === 'letter' && (!page.fields || page.fields.length === 0)) issue('fields', 'a letter page needs `fields`');
  if (page.kind !== 'letter' && page.fields) issue('fields', 'only letter pages take `fields`');
  if (page.kind !== 'channel' && page.hotline) issue('hotline', 'only channel pages take `hotline`');
  const seen = new Set<string>();
  page.fields?.forEach((field, index) => {
    if (seen.has(field.name)) {
      ctx.addIssue({ code: 'custom', path: ['fields', index, 'name'], message: `field '${field.name}' is declared twice` });
    }
    seen.add(field.name);
  });
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type FrontmatterInput = z.input<typeof frontmatterSchema>;
