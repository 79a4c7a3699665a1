/** A citation of the law or an official text behind a statement on a page. */
import { z } from 'zod';

/**
 * How binding the cited text is: a statute, a judicial interpretation (binds the courts), a regulation or
 * regulator's rule, official guidance, a recommended national standard (GB/T, not law), an industry code.
 */
export const bindingSchema = z.enum(['law', 'judicial-interpretation', 'regulation', 'official-guidance', 'national-standard', 'industry-code']);

/**
 * The law's own words: one sentence (or a few) copied from the article, or a list of them when the citation
 * names several articles; `……` marks words left out. Checked against the law library (shared/law).
 */
export const quoteSchema = z
  .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)])
  .transform((quote) => (typeof quote === 'string' ? [quote] : quote));

/** How far the citation has been checked. */
export const confidenceSchema = z.enum(['verified', 'secondary', 'unverified']);

/** Chinese numerals or digits, bare or in brackets: 二十五, 25, （三）. */
const NUMERAL = '(?:[零〇一二三四五六七八九十百千两0-9]+|[（(][零〇一二三四五六七八九十百千两0-9]+[)）])';
/** One or more units: 第十条, 第十条第二款, 第四十条第（三）项, 第二百九十三条之一, 第三章第二节. */
const UNIT_ZH = `(?:第\\s*${NUMERAL}\\s*[编章节条款项](?:之[一二三四五六七八九十]+)?)+`;
/** An article number in English: 42, 293-1 (之一), 40(3). */
const NUMBER_EN = '\\d+(?:-\\d+)?(?:\\(\\d+\\))*';
/**
 * Chinese lists and ranges (第十条、第十一条; 第十条至第十二条) or, on English pages, `Art. 42`,
 * `Arts. 15, 16, 25`, `Arts. 13–15`.
 */
const ARTICLE = new RegExp(
  `^(?:${UNIT_ZH}(?:\\s*[、，,和及至-]\\s*${UNIT_ZH})*|Arts?\\.\\s*${NUMBER_EN}(?:\\s*(?:,|–|-|and|to)\\s*${NUMBER_EN})*)$`,
);

export const citationSchema = z.strictObject({
  /**
   * The document, always with its official Chinese title in 《》 so a reader can find and quote it:
   * `《征信业管理条例》（国务院令第631号）`; English pages may wrap a translation around it:
   * `Credit Reporting Regulation (《征信业管理条例》)`.
   */
  document: z
    .string()
    .trim()
    .regex(/《[^《》]+》/, {
      error: 'must include the official Chinese title in 《》, e.g. 《征信业管理条例》 (English pages may add a translation)',
    }),
  /**
   * The article in the document's numbering: 第二十五条, 第十条第二款, 第二百九十三条之一; on English pages
   * also `Art. 25`, `Arts. 15, 16`.
   */
  article: z.string().trim().regex(ARTICLE, 'must be written like 第二十五条, 第十条第二款 or Art. 25').optional(),
  /**
   * How far it has been checked: `verified` against the official text; `secondary` from a reliable
   * secondary source (a court's or regulator's summary, a law firm's article); `unverified` still to check
   * (the site shows these as such).
   */
  confidence: confidenceSchema,
  /** What kind of text it is (see `bindingSchema`); for a law in the library it must be the library's. */
  binding: bindingSchema,
  /** What the cited text says on the point, in the page's language. */
  note: z.string().trim().min(1).optional(),
  /**
   * The article's words (in Chinese, as the law is written), required when `confidence` is `verified`: each
   * quote must be found, character for character, in the law library's text of an article cited, and each
   * article cited must be quoted. The site shows them in the footnote.
   */
  quote: quoteSchema.optional(),
  /** Where to read the text, preferably on an official site (http or https). */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
});

export type Citation = z.output<typeof citationSchema>;
export type CitationInput = z.input<typeof citationSchema>;
