import { readdirSync } from 'node:fs';
import { readCorpusDir } from './read-corpus-dir.ts';
import { loadCorpus, formatProblem } from './load-corpus.ts';
const base = new URL('./test-corpus/broken/', import.meta.url).pathname;
for (const c of readdirSync(base).sort()) {
  const r = loadCorpus(readCorpusDir(base + c), { lenders: [{ id: 'mybank', products: ['wangshangdai'] }], today: '2026-06-01', requireContractSlugs: false });
  console.log(`== ${c}`); for (const p of r.problems) console.log('  ' + formatProblem(p));
}
