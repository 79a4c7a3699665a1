/** /search/<lang>.json: the serialised search index of one language, fetched by the search dialog on first use. */
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '@debtguide/shared/search';
import type { ContentLang } from '@debtguide/shared/content/schema';
import { langPaths } from '../../lib/languages.ts';
import { searchDocsIn } from '../../lib/site-corpus.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as ContentLang;
  return new Response(JSON.stringify(buildSearchIndex(searchDocsIn(lang), lang)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
