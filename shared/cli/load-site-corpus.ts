import { lenders } from '../lenders/registry.ts';
import { loadCorpus, toLenderRefs, toSearchDocs } from '../content/load-corpus.ts';
import { readCorpusDir } from '../content/read-corpus-dir.ts';
import { contentDir } from './paths.ts';

/** The repository's corpus as pages and search documents (pages with problems are left out by the loader). */
export function loadSiteCorpus(dir = contentDir()) {
  const { pages, problems } = loadCorpus(readCorpusDir(dir), { lenders: toLenderRefs(lenders), requireContractSlugs: false });
  return { pages, problems, docs: toSearchDocs(pages) };
}
