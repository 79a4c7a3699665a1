import fc from 'fast-check';
import { buildSearchIndex, loadSearchIndex } from './search-index.ts';
import { ZH_HANS_DOCS, EN_DOCS } from './test-corpus.ts';
const zh = loadSearchIndex(buildSearchIndex(ZH_HANS_DOCS, 'zh-hans'));
const en = loadSearchIndex(buildSearchIndex(EN_DOCS, 'en'));
for (const [name, arb] of [['fullUnicode', fc.string({ unit: 'binary', maxLength: 300 })], ['ascii', fc.string({ maxLength: 80 })], ['words', fc.array(fc.constantFrom('cui','shou','debt','催收','12378','colector','dai','xy','的','吗'), {maxLength: 20}).map(a => a.join(' '))]] as const) {
  const samples = fc.sample(arb as fc.Arbitrary<string>, 2000);
  let t = performance.now(); let worst = 0;
  for (const q of samples) { const t0 = performance.now(); zh.search(q); en.search(q); worst = Math.max(worst, performance.now() - t0); }
  console.log(name, ((performance.now() - t) / samples.length).toFixed(3), 'ms/query pair, worst', worst.toFixed(1));
}
const big = '催收'.repeat(500_000);
let t = performance.now(); zh.search(big); console.log('1MB', performance.now() - t);
