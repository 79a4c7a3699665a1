/** Reads one corpus file: path, frontmatter and body, with every check that needs only this file. */
import type { AuthoredLang } from './content-lang.ts';
import { kindOfSection, SECTION_OF_KIND } from './content-kind.ts';
import { type Frontmatter, frontmatterSchema } from './frontmatter.ts';
import { findPlaceholders, type Placeholder } from './letter-placeholders.ts';
import { type LineOfPath, type LineProblem, parseFrontmatter } from './parse-frontmatter.ts';
import type { ContentProblem } from './problem.ts';
import { type RenderedBody, renderMarkdown } from './render-markdown.ts';
import { normalizeCorpusPath, parseContentPath } from './slug.ts';
import { normalizeNewlines, splitFrontmatter } from './split-frontmatter.ts';
import { zodIssueProblems } from './zod-issue-problems.ts';
import { checkLawQuotes } from '../law/check-law-quotes.ts';
import type { LawText } from '../law/law-text.ts';

/** A corpus file as read from disk or bundled: path relative to the content folder, and its text. */
export type CorpusFile = { path: string; text: string };

/** A file whose path is a page; `frontmatter` is undefined when the frontmatter is missing or invalid. */
export type SourceFile = {
  file: string;
  lang: AuthoredLang;
  slug: string;
  frontmatter: Frontmatter | undefined;
  body: string;
  bodyLine: number;
  lineOf: LineOfPath;
  rendered: RenderedBody;
  placeholders: Placeholder[];
};

const lineOne: LineOfPath = () => 1;

/** Options of `readSourceFile`. */
export type ReadSourceOptions = {
  /** Today as `YYYY-MM-DD`: no `reviewed` date may be later. */
  today: string;
  /** The law library that citations' quotes are checked against (default the repository's, shared/law). */
  laws?: readonly LawText[] | undefined;
};

/** Each citation against the law library: quotes, articles, binding. */
function checkCitationQuotes(source: SourceFile, frontmatter: Frontmatter, laws: readonly LawText[] | undefined): LineProblem[] {
  return frontmatter.citations.flatMap((citation, index) =>
    checkLawQuotes(citation, laws).map((issue) => ({ line: source.lineOf(['citations', index, ...issue.path]), message: `citation ${index + 1}: ${issue.message}` })),
  );
}

/** Checks that tie the frontmatter to the path, the date and the body. */
function checkFrontmatter(source: SourceFile, frontmatter: Frontmatter, today: string): LineProblem[] {
  const { lineOf, slug } = source;
  const problems: LineProblem[] = [];
  const [section = '', name = ''] = slug.split('/');
  const expected = kindOfSection(section);
  const { kind, lender, product, reviewed } = frontmatter;
  if (expected && kind !== expected) {
    problems.push({ line: lineOf(['kind']), message: `kind '${kind}' does not match the slug: pages under ${section}/ are '${expected}'` });
  }
  if (kind === 'lender' && lender && name !== lender) {
    const message = `a lender page is named after its lender: expected ${SECTION_OF_KIND.lender}/${lender}`;
    problems.push({ line: lineOf(['lender']), message });
  }
  if (kind === 'product' && lender && product && name !== `${lender}-${product}`) {
    const message = `a product page is named <lender>-<product>: expected ${SECTION_OF_KIND.product}/${lender}-${product}`;
    problems.push({ line: lineOf(['product']), message });
  }
  if (reviewed > today) problems.push({ line: lineOf(['reviewed']), message: `reviewed ${reviewed} is in the future (today is ${today})` });
  const declared = new Set(frontmatter.fields?.map((field) => field.name));
  for (const placeholder of source.placeholders) {
    if (!declared.has(placeholder.name)) {
      const where = frontmatter.kind === 'letter' ? 'add it to `fields`' : 'placeholders are for letter pages';
      problems.push({ line: placeholder.line, message: `placeholder {{${placeholder.name}}} is not a declared field (${where})` });
    }
  }
  const used = new Set(source.placeholders.map((placeholder) => placeholder.name));
  frontmatter.fields?.forEach(({ name: field }, index) => {
    if (used.has(field)) return;
    problems.push({ line: lineOf(['fields', index, 'name']), message: `field '${field}' is never used as {{${field}}} in the body` });
  });
  return problems;
}

/** Reads and checks one file. `source` is undefined only when the path is not a page. */
export function readSourceFile(input: CorpusFile, options: ReadSourceOptions): { source?: SourceFile; problems: ContentProblem[] } {
  const file = normalizeCorpusPath(input.path);
  const at = (problems: LineProblem[]): ContentProblem[] => problems.map((problem) => ({ file, ...problem }));
  const path = parseContentPath(file);
  if (!path.ok) return { problems: at([{ line: 1, message: path.message }]) };

  const split = splitFrontmatter(input.text);
  // Without frontmatter the whole file is checked as body, so its raw HTML is still reported.
  const body = split.ok ? split.body : normalizeNewlines(input.text);
  const bodyLine = split.ok ? split.bodyLine : 1;
  const rendered = renderMarkdown(body, { lang: path.lang, firstLine: bodyLine });
  const found = findPlaceholders(body, bodyLine);
  const source: SourceFile = {
    file,
    lang: path.lang,
    slug: path.slug,
    frontmatter: undefined,
    body,
    bodyLine,
    lineOf: lineOne,
    rendered,
    placeholders: found.placeholders,
  };
  const problems = [...rendered.problems, ...found.problems];
  if (!split.ok) return { source, problems: at([{ line: split.line, message: split.message }, ...problems]) };

  const parsed = parseFrontmatter(split.yaml, split.yamlLine);
  if (!parsed.ok) return { source, problems: at([...parsed.problems, ...problems]) };
  source.lineOf = parsed.lineOf;
  const checked = frontmatterSchema.safeParse(parsed.data);
  if (!checked.success) {
    return { source, problems: at([...zodIssueProblems(checked.error, parsed.data, parsed.lineOf), ...problems]) };
  }
  source.frontmatter = checked.data;
  const checks = [...checkFrontmatter(source, checked.data, options.today), ...checkCitationQuotes(source, checked.data, options.laws)];
  return { source, problems: at([...checks, ...problems]) };
}
