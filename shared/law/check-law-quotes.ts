/**
 * The law library's check of one citation (a page's, a letter's or a message rule's): a `verified` citation
 * names its law and articles, the library holds them, and each article cited is quoted in its own words; any
 * quote, whatever the confidence, must be found in the library; the binding must be the library's.
 */
import { articleLabel, parseArticleRefs, type ArticleKey } from './article-number.ts';
import { agreesUpTo, MIN_QUOTE_LENGTH, quoteIsIn, quoteParts } from './find-quote.ts';
import { findLaw, lawFile, lawTexts, type LawText } from './law-library.ts';

/** What the check reads from a citation or a rule's law reference. */
export type QuotedCitation = {
  document: string;
  article?: string | undefined;
  quote?: readonly string[] | undefined;
  confidence: string;
  binding: string;
};

/** A problem, with the field it concerns (`['quote', 1]` is the second quote) for the line to report. */
export type CitationIssue = { path: (string | number)[]; message: string };

const short = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Which of `keys` holds each quote; problems for quotes found in none of them. */
function checkQuotes(citation: QuotedCitation, law: LawText, keys: readonly ArticleKey[], where: string): { covered: Set<ArticleKey>; issues: CitationIssue[] } {
  const covered = new Set<ArticleKey>();
  const issues: CitationIssue[] = [];
  (citation.quote ?? []).forEach((quote, index) => {
    const length = quoteParts(quote).join('').length;
    if (length < MIN_QUOTE_LENGTH) {
      issues.push({ path: ['quote', index], message: `quote '${quote}' is too short to show what the law says: copy the whole sentence that matters` });
      return;
    }
    const holders = keys.filter((key) => quoteIsIn(quote, law.articles[key] ?? []));
    if (holders.length > 0) {
      for (const key of holders) covered.add(key);
      return;
    }
    const agreed = agreesUpTo(quote, keys.map((key) => law.articles[key] ?? []));
    const hint = agreed ? `; the text agrees up to '${short(agreed.slice(-20))}'` : '';
    issues.push({ path: ['quote', index], message: `quote '${short(quote)}' is not in the words of ${where} (${lawFile(law)})${hint}` });
  });
  return { covered, issues };
}

/** Every problem with `citation` against the law library (`laws`, default the repository's). */
export function checkLawQuotes(citation: QuotedCitation, laws: readonly LawText[] = lawTexts): CitationIssue[] {
  const verified = citation.confidence === 'verified';
  const quoted = (citation.quote?.length ?? 0) > 0;
  const lookup = findLaw(citation.document, laws);
  if (!lookup.found) {
    if (lookup.ambiguous) return [{ path: ['document'], message: `document ${lookup.ambiguous}` }];
    if (verified) {
      return [{ path: ['document'], message: `${short(citation.document, 60)} is not in the law library (shared/law/texts): add the articles cited, or make the citation secondary` }];
    }
    if (quoted) return [{ path: ['quote'], message: `a quote is checked against the law library, which does not hold ${short(citation.document, 60)}: add it there, or drop the quote` }];
    return [];
  }
  const { law } = lookup;
  const name = `《${law.title}》（${law.version.label}）`;
  const issues: CitationIssue[] = [];
  if (citation.binding !== law.binding) {
    issues.push({ path: ['binding'], message: `binding '${citation.binding}' is wrong: the law library has ${name} as '${law.binding}'` });
  }
  if (!verified && !quoted) return issues;

  let keys: ArticleKey[];
  if (law.numbering === 'points') {
    if (citation.article) return [...issues, { path: ['article'], message: `${name} is not numbered in articles: leave \`article\` out` }];
    keys = Object.keys(law.articles);
  } else if (!citation.article) {
    return [...issues, { path: ['article'], message: `name the article(s) of ${name} the citation rests on in \`article\`` }];
  } else {
    const refs = parseArticleRefs(citation.article);
    if (!refs.ok) return [...issues, { path: ['article'], message: refs.message }];
    keys = refs.keys;
    const missing = keys.filter((key) => !law.articles[key]);
    if (missing.length > 0) {
      const list = missing.map(articleLabel).join('、');
      return [...issues, { path: ['article'], message: `${list} of ${name} is not in the law library: add its text to ${lawFile(law)}` }];
    }
  }
  if (!quoted) {
    return [...issues, { path: ['confidence'], message: `a verified citation quotes the law: add \`quote\` with the words that matter, copied from ${lawFile(law)}` }];
  }
  const where = law.numbering === 'points' ? name : `${name}${keys.map(articleLabel).join('、')}`;
  const quotes = checkQuotes(citation, law, keys, where);
  issues.push(...quotes.issues);
  if (verified && law.numbering === 'articles' && quotes.issues.length === 0) {
    const unquoted = keys.filter((key) => !quotes.covered.has(key));
    if (unquoted.length > 0) {
      const list = unquoted.map(articleLabel).join('、');
      issues.push({ path: ['quote'], message: `${list} is cited as verified but not quoted: quote what it says, or leave it out of \`article\`` });
    }
  }
  return issues;
}
