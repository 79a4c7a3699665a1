import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildSearchIndex, loadSearchIndex } from '../search/search-index.ts';
import { loadSiteCorpus } from './load-site-corpus.ts';
import { printJson } from './print-json.ts';
import { UsageError } from './usage-error.ts';

const langSchema = z.enum(['zh-hans', 'zh-hant', 'en']);

/** `search [--lang zh-hans|zh-hant|en] [--limit N] QUERY` → `{ results: [{ slug, title, score }] }`, best first. */
export async function runSearch(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { lang: { type: 'string', default: 'zh-hans' }, limit: { type: 'string', default: '10' } },
    allowPositionals: true,
    strict: true,
  });
  const lang = langSchema.safeParse(values.lang);
  if (!lang.success) throw new UsageError(`--lang must be zh-hans, zh-hant or en (got ${values.lang})`);
  const limit = Number(values.limit);
  if (!/^\d+$/.test(values.limit) || limit < 1 || limit > 100) throw new UsageError(`--limit must be a whole number from 1 to 100 (got ${values.limit})`);
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('expected a search query');
  const docs = loadSiteCorpus().docs.filter((doc) => doc.lang === lang.data);
  const searcher = loadSearchIndex(buildSearchIndex(docs, lang.data));
  const results = searcher.search(query, { limit }).map(({ slug, title, score }) => ({ slug, title, score }));
  printJson({ results });
  return 0;
}
