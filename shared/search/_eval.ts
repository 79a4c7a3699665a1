import fs from 'node:fs';
import { loadSiteCorpus } from '../cli/load-site-corpus.ts';
import { buildSearchIndex, loadSearchIndex } from './search-index.ts';
const { docs } = loadSiteCorpus();
const searchers = Object.fromEntries((['zh-hans', 'zh-hant', 'en'] as const).map((l) => {
  const idx = buildSearchIndex(docs, l);
  console.log(l, idx.pages.length, 'pages', Buffer.byteLength(JSON.stringify(idx)), 'bytes');
  return [l, loadSearchIndex(idx)];
}));
const file = process.argv[2] ?? '/work/shared/fixtures/search-queries.jsonl';
let hits = 0, n = 0, rr = 0;
for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
  const { q, lang, expect } = JSON.parse(line) as { q: string; lang: string; expect: string[] };
  const res = searchers[lang]!.search(q, { limit: 10 }).map((r) => r.slug);
  const rank = res.findIndex((s) => expect.includes(s));
  n++; if (rank >= 0 && rank < 3) hits++; if (rank >= 0) rr += 1 / (rank + 1);
  console.log(rank >= 0 && rank < 3 ? 'ok ' : 'MISS', rank, q, '→', res.slice(0, 3).join(' '), '| want', expect.join(','));
}
console.log(`top3 ${hits}/${n}  MRR ${(rr / n).toFixed(3)}`);
