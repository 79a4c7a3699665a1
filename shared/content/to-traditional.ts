/**
 * zh-hant pages are generated from zh-hans with OpenCC, never stored.
 *
 * Conversion is `cn` → `tw`: characters only, Taiwan-standard glyphs, no phrase replacement. The phrase
 * variant (`twp`) would rewrite mainland terms into Taiwan ones — 个人信息保护法 into 個人資訊保護法, 短信 into
 * 簡訊, 软件 into 軟體 — but the laws, regulators and apps on these pages are mainland ones whose names a reader
 * has to recognise and quote (the official Traditional form of the law is 個人信息保護法), and Hong Kong
 * readers do not use the Taiwan phrases either. Character conversion keeps every name quotable and reads
 * correctly in both places.
 */
import { Converter } from 'opencc-js/cn2t';
import type { Citation } from './citation.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { LetterField } from './letter-field.ts';

const convert = Converter({ from: 'cn', to: 'tw' });

/**
 * Simplified → Traditional text (Markdown, `{{placeholders}}` and ASCII pass through unchanged). Paired
 * curly quotes become corner brackets, as written in Taiwan and Hong Kong: “…” → 「…」, ‘…’ → 『…』 (a lone
 * ’ stays an apostrophe).
 */
export function toTraditional(text: string): string {
  return convert(text).replace(/“([^“”\n]*)”/g, '「$1」').replace(/‘([^‘’\n]*)’/g, '『$1』');
}

/** The Traditional forms followed by the Simplified originals, without repeats, so both kinds of query match. */
export function withTraditional(words: readonly string[]): string[] {
  return [...new Set([...words.map(toTraditional), ...words])];
}

function convertCitation(citation: Citation): Citation {
  return {
    ...citation,
    document: toTraditional(citation.document),
    ...(citation.article === undefined ? {} : { article: toTraditional(citation.article) }),
    ...(citation.note === undefined ? {} : { note: toTraditional(citation.note) }),
    ...(citation.quote === undefined ? {} : { quote: citation.quote.map(toTraditional) }),
  };
}

function convertField(field: LetterField): LetterField {
  return {
    ...field,
    label: toTraditional(field.label),
    ...(field.options === undefined ? {} : { options: field.options.map(toTraditional) }),
    ...(field.hint === undefined ? {} : { hint: toTraditional(field.hint) }),
  };
}

/** The zh-hant frontmatter of a zh-hans page: every text a reader sees converted; ids, slugs and dates kept. */
export function toTraditionalFrontmatter(frontmatter: Frontmatter): Frontmatter {
  return {
    ...frontmatter,
    title: toTraditional(frontmatter.title),
    summary: toTraditional(frontmatter.summary),
    keywords: withTraditional(frontmatter.keywords),
    aliases: withTraditional(frontmatter.aliases),
    citations: frontmatter.citations.map(convertCitation),
    ...(frontmatter.fields === undefined ? {} : { fields: frontmatter.fields.map(convertField) }),
  };
}
