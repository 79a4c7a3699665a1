/**
 * The content loader (`@debtguide/shared/content`): corpus files in, pages and problems out. Browser-safe:
 * it takes file contents, never reads the disk (see read-corpus-dir.ts for that, in Node).
 *
 * Each zh-hans and en file becomes a page; each zh-hans page also yields a generated zh-hant page. Every
 * problem is collected as `file:line: problem`; nothing is thrown for bad content (see `loadCorpusOrThrow`).
 */
import { buildPages } from './build-pages.ts';
import { checkCorpus } from './check-corpus.ts';
import { contentLangSchema } from './content-lang.ts';
import type { LenderRef } from './lender-ref.ts';
import type { ContentPage } from './page.ts';
import { type ContentProblem, formatProblem, sortProblems } from './problem.ts';
import { type CorpusFile, readSourceFile, type SourceFile } from './read-source-file.ts';
import { missingRequiredSlugs } from './required-slugs.ts';
import { isCalendarDate, todayInChina } from './review-date.ts';
import type { LawText } from '../law/law-text.ts';

export type { ContentPage, PageHeading, PageSection } from './page.ts';
export type { ContentProblem } from './problem.ts';
export type { CorpusFile } from './read-source-file.ts';
export type { LenderRef } from './lender-ref.ts';
export { formatProblem } from './problem.ts';
export { toLenderRefs } from './lender-ref.ts';
export { requiredSlugs, missingRequiredSlugs } from './required-slugs.ts';
export { searchDocSchema, toSearchDocs, type SearchDoc } from './search-doc.ts';
export { fillPlaceholders } from './letter-placeholders.ts';

export type LoadCorpusOptions = {
  /** The lenders and product ids pages may name (the lender registry, reduced with `toLenderRefs`). */
  lenders: readonly LenderRef[];
  /** Today as `YYYY-MM-DD`; no `reviewed` date may be later. Default: today in China. */
  today?: string;
  /** Report the CONTRACT §2 slugs that are missing (default true; turn off for small test corpora). */
  requireContractSlugs?: boolean;
  /** The law library quotes are checked against (default the repository's, shared/law). */
  laws?: readonly LawText[];
};

export type LoadedCorpus = {
  /** The pages of every file with valid frontmatter, in zh-hans, zh-hant and en, ordered by language then slug. */
  pages: ContentPage[];
  /** Every problem found, sorted by file and line; empty for a clean corpus. */
  problems: ContentProblem[];
};

const LANG_ORDER = contentLangSchema.options;

/** Loads and checks a corpus. `files` paths are relative to the content folder: `zh-hans/rights/privacy.md`. */
export function loadCorpus(files: readonly CorpusFile[], options: LoadCorpusOptions): LoadedCorpus {
  const today = options.today ?? todayInChina();
  if (!isCalendarDate(today)) throw new TypeError(`loadCorpus: today must be YYYY-MM-DD, got '${today}'`);
  const sources: SourceFile[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const read = readSourceFile(file, { today, laws: options.laws });
    if (read.source) sources.push(read.source);
    problems.push(...read.problems);
  }
  problems.push(...checkCorpus(sources, options.lenders));
  if (options.requireContractSlugs ?? true) problems.push(...missingRequiredSlugs(sources.map((source) => source.slug), options.lenders));
  const pages = sources
    .flatMap(buildPages)
    .sort((a, b) => LANG_ORDER.indexOf(a.lang) - LANG_ORDER.indexOf(b.lang) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { pages, problems: sortProblems(problems) };
}

/** Thrown by `loadCorpusOrThrow`: its message lists every problem, one `file:line: problem` a line. */
export class ContentCorpusError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentCorpusError';
    this.problems = problems;
  }
}

/** For the site build: the pages, or one error listing all problems. */
export function loadCorpusOrThrow(files: readonly CorpusFile[], options: LoadCorpusOptions): ContentPage[] {
  const { pages, problems } = loadCorpus(files, options);
  if (problems.length > 0) throw new ContentCorpusError(problems);
  return pages;
}
