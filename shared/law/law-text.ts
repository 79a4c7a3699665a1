/**
 * One law (or regulation, judicial interpretation…) in the law library: the articles the corpus cites, copied
 * word for word from a primary-text mirror, with where they were copied from and which version they are.
 */
import { z } from 'zod';
import { bindingSchema } from '../content/citation.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An article key: its number, with `-N` for 之N (`1033`, `293-1`). */
const ARTICLE_KEY = /^[1-9]\d*(?:-[1-9]\d*)?$/;

export const lawSourceSchema = z.strictObject({
  /** The public repository the text was copied from, `owner/name`. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be a GitHub repository, owner/name'),
  /** The file or files in it that hold the articles kept (a code split by book lists each book's file). */
  paths: z.array(z.string().min(1)).min(1),
  /** The commit read (40 hex digits). */
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'must be a full commit hash'),
  /** What was done to the text beyond copying it, if anything (e.g. taken from an amending decision's wording). */
  note: z.string().min(1).optional(),
});

export const lawVersionSchema = z.strictObject({
  /** How the version is named: 2025年修订, 2020年第二次修正. */
  label: z.string().min(1),
  /** The day this version was adopted or amended. */
  date: z.string().regex(DATE),
  /** The day it took effect. */
  inForce: z.string().regex(DATE),
  /** Years (or other marks) a citation's `document` names to mean this version when the library has several. */
  marks: z.array(z.string().min(1)).min(1),
  /** Whether it is the text in force today; a citation that names no version gets the current one. */
  current: z.boolean(),
});

export const lawTextSchema = z
  .strictObject({
    /** Identifier, e.g. `civil-code`, `public-security-punishments-2012`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The official title without 中华人民共和国, as written inside 《》: 民法典, 征信业管理条例. */
    title: z.string().min(1).regex(/^[^《》]+$/),
    /** The document number, if it has one: 法释〔2020〕17号, 国务院令第631号. */
    number: z.string().min(1).optional(),
    /** How binding it is; a citation of it must say the same. */
    binding: bindingSchema,
    version: lawVersionSchema,
    source: lawSourceSchema,
    /**
     * `articles`: numbered 第N条 (citations name the article); `points`: a short text in points 一、二、 that
     * citations quote without an article number.
     */
    numbering: z.enum(['articles', 'points']).default('articles'),
    /** The articles kept, by key (`1033`, `293-1`): each a list of its paragraphs, heading (第N条) left out. */
    articles: z.record(z.string().regex(ARTICLE_KEY, 'must be an article number such as 1033 or 293-1'), z.array(z.string().min(1)).min(1)),
  })
  .superRefine((law, ctx) => {
    if (Object.keys(law.articles).length === 0) ctx.addIssue({ code: 'custom', path: ['articles'], message: 'keep at least one article' });
    for (const [key, paragraphs] of Object.entries(law.articles)) {
      paragraphs.forEach((paragraph, index) => {
        if (/^第[零〇一二两三四五六七八九十百千]+条/.test(paragraph) && index === 0) {
          ctx.addIssue({ code: 'custom', path: ['articles', key, index], message: 'leave the heading 第N条 out of the text' });
        }
        if (paragraph !== paragraph.trim()) ctx.addIssue({ code: 'custom', path: ['articles', key, index], message: 'trim the paragraph' });
      });
    }
  });

export type LawText = z.output<typeof lawTextSchema>;
export type LawTextInput = z.input<typeof lawTextSchema>;

/** Validates one law file's object; throws with the law's id on error. */
export function defineLawText(input: LawTextInput): LawText {
  const parsed = lawTextSchema.safeParse(input);
  if (!parsed.success) throw new Error(`law text '${input.id}': ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
