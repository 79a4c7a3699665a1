/** A citation of the law or an official text behind a statement on a page. */
import { z } from 'zod';

/** How binding the cited text is, from statute down to guidance. */
export const bindingSchema = z.enum(['law', 'judicial-interpretation', 'regulation', 'industry-code', 'official-guidance']);

/** How far the citation has been checked. */
export const confidenceSchema = z.enum(['verified', 'secondary', 'unverified']);

/** Chinese numerals or digits, as in 第二十五条 or 第 25 条. */
const NUMERAL = '[零〇一二三四五六七八九十百千两0-9]+';
/** One or more units: 第十条, 第十条第二款, 第三章第二节. */
const UNIT = `(?:第\\s*${NUMERAL}\\s*[编章节条款项])+`;
/** A list or range of units: 第十条、第十一条; 第十条至第十二条. */
const ARTICLE = new RegExp(`^${UNIT}(?:\\s*[、，,和及至-]\\s*${UNIT})*$`);

export const citationSchema = z.strictObject({
  /** The document's official Chinese title in 《》, optionally followed by its number: 《征信业管理条例》. */
  document: z
    .string()
    .trim()
    .regex(/^《[^《》]+》/, 'must start with the official title in 《》, e.g. 《征信业管理条例》'),
  /** The article, in the document's own numbering: 第二十五条, 第十条第二款, 第三章. */
  article: z.string().trim().regex(ARTICLE, 'must be written like 第二十五条 or 第十条第二款').optional(),
  /**
   * How far it has been checked: `verified` against the official text; `secondary` from a reliable
   * secondary source (a court's or regulator's summary, a law firm's article); `unverified` still to check
   * (the site shows these as such).
   */
  confidence: confidenceSchema,
  /** What kind of text it is: law, judicial interpretation, regulation, industry code or official guidance. */
  binding: bindingSchema,
  /** What the cited text says on the point, in the page's language. */
  note: z.string().trim().min(1).optional(),
  /** Where to read the text, preferably on an official site (http or https). */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
});

export type Citation = z.output<typeof citationSchema>;
export type CitationInput = z.input<typeof citationSchema>;
