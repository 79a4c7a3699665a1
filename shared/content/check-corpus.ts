/** Checks across files: duplicates, both languages present, links and references that must resolve. */
import type { AuthoredLang } from './content-lang.ts';
import type { LenderRef } from './lender-ref.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceFile } from './read-source-file.ts';

const otherLang = (lang: AuthoredLang): AuthoredLang => (lang === 'zh-hans' ? 'en' : 'zh-hans');

/** One page per slug and language, and one page per title and language. */
function checkDuplicates(sources: readonly SourceFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slugs = new Map<string, SourceFile>();
  const titles = new Map<string, SourceFile>();
  for (const source of sources) {
    const slugKey = `${source.lang} ${source.slug}`;
    const first = slugs.get(slugKey);
    if (first) {
      problems.push({ file: source.file, line: 1, message: `duplicate slug '${source.slug}' in ${source.lang} (also ${first.file})` });
    } else {
      slugs.set(slugKey, source);
    }
    const title = source.frontmatter?.title;
    if (!title || first) continue;
    const titleKey = `${source.lang} ${title}`;
    const same = titles.get(titleKey);
    if (same) {
      problems.push({ file: source.file, line: source.lineOf(['title']), message: `title '${title}' is also the title of ${same.file}` });
    } else {
      titles.set(titleKey, source);
    }
  }
  return problems;
}

/** Every page in both zh-hans and en. */
function checkBothLanguages(sources: readonly SourceFile[], slugsByLang: Record<AuthoredLang, Set<string>>): ContentProblem[] {
  return sources
    .filter((source) => !slugsByLang[otherLang(source.lang)].has(source.slug))
    .map((source) => ({
      file: source.file,
      line: 1,
      message: `page exists in ${source.lang} only: add ${otherLang(source.lang)}/${source.slug}.md`,
    }));
}

/** `related` and body links point at pages that exist (in the same language). */
function checkLinks(source: SourceFile, slugs: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number, message: string) => problems.push({ file: source.file, line, message });
  source.frontmatter?.related.forEach((slug, index) => {
    if (slug === source.slug) at(source.lineOf(['related', index]), 'related lists the page itself');
    else if (!slugs.has(slug)) at(source.lineOf(['related', index]), `related page '${slug}' does not exist in ${source.lang}`);
  });
  for (const link of source.rendered.pageLinks) {
    if (!slugs.has(link.slug)) at(link.line, `link to '/${link.slug}/': no such page in ${source.lang}`);
  }
  return problems;
}

/** `lender` and `product` name a known lender and one of its products. */
function checkLenderRefs(source: SourceFile, lenders: readonly LenderRef[]): ContentProblem[] {
  const frontmatter = source.frontmatter;
  if (!frontmatter?.lender) return [];
  const lender = lenders.find((entry) => entry.id === frontmatter.lender);
  if (!lender) {
    const message = `unknown lender '${frontmatter.lender}' (known: ${lenders.map((entry) => entry.id).join(', ')})`;
    return [{ file: source.file, line: source.lineOf(['lender']), message }];
  }
  if (frontmatter.product && !lender.products.includes(frontmatter.product)) {
    const message = `unknown product '${frontmatter.product}' of lender '${lender.id}' (known: ${lender.products.join(', ')})`;
    return [{ file: source.file, line: source.lineOf(['product']), message }];
  }
  return [];
}

/** The English page agrees with the Chinese one on what is not prose: lender, product, letter fields. */
function checkTranslation(en: SourceFile, zh: SourceFile): ContentProblem[] {
  const [a, b] = [en.frontmatter, zh.frontmatter];
  if (!a || !b) return [];
  const problems: ContentProblem[] = [];
  for (const key of ['lender', 'product'] as const) {
    if (a[key] === b[key]) continue;
    problems.push({ file: en.file, line: en.lineOf([key]), message: `${key} '${a[key] ?? ''}' differs from ${zh.file} ('${b[key] ?? ''}')` });
  }
  const fields = (fm: typeof a) => (fm.fields ?? []).map((field) => `${field.name}:${field.type}`).join(', ');
  if (fields(a) !== fields(b)) {
    const message = `fields (${fields(a)}) differ from ${zh.file} (${fields(b)}): names and types must match`;
    problems.push({ file: en.file, line: en.lineOf(['fields']), message });
  }
  return problems;
}

/** All checks across files. `sources` are the files whose path is a page, valid or not. */
export function checkCorpus(sources: readonly SourceFile[], lenders: readonly LenderRef[]): ContentProblem[] {
  const slugsByLang = { 'zh-hans': new Set<string>(), en: new Set<string>() } satisfies Record<AuthoredLang, Set<string>>;
  for (const source of sources) slugsByLang[source.lang].add(source.slug);
  const zhBySlug = new Map(sources.filter((source) => source.lang === 'zh-hans').map((source) => [source.slug, source]));
  return [
    ...checkDuplicates(sources),
    ...checkBothLanguages(sources, slugsByLang),
    ...sources.flatMap((source) => [...checkLinks(source, slugsByLang[source.lang]), ...checkLenderRefs(source, lenders)]),
    ...sources.flatMap((source) => {
      const zh = source.lang === 'en' ? zhBySlug.get(source.slug) : undefined;
      return zh ? checkTranslation(source, zh) : [];
    }),
  ];
}
