import { gzipSync } from 'node:zlib';
import { buildSearchIndex, loadSearchIndex } from './search-index.ts';
import { ZH_HANS_DOCS, EN_DOCS } from './test-corpus.ts';
import type { SearchDocInput } from './search-doc.ts';
function synth(base: SearchDocInput[], n: number, chars: number): SearchDocInput[] {
  const sentences = base.flatMap(d => d.sections.flatMap(s => s.text.split(/(?<=[。.])/)));
  const out: SearchDocInput[] = [];
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length]!;
    const sections = [];
    let total = 0, k = i * 7;
    while (total < chars) { let text = ''; for (let j = 0; j < 4; j++) text += sentences[(k++ * 13) % sentences.length]; total += text.length; sections.push({ heading: `${b.sections[0]?.heading ?? ''}${sections.length}`, text }); }
    out.push({ ...b, slug: `${b.slug}-${i}`, sections, headings: sections.map(s => s.heading) });
  }
  return out;
}
for (const [lang, base, chars] of [['zh-hans', ZH_HANS_DOCS, 2500], ['en', EN_DOCS, 6000]] as const) {
  const docs = synth(base, 75, chars);
  const bodyChars = docs.reduce((a, d) => a + d.sections.reduce((x, s) => x + s.text.length, 0), 0);
  let t = performance.now();
  const idx = buildSearchIndex(docs, lang);
  const build = performance.now() - t;
  const json = JSON.stringify(idx);
  const bytes = Buffer.byteLength(json);
  const fuseBytes = Buffer.byteLength(JSON.stringify(idx.fuse));
  t = performance.now();
  const parsed = JSON.parse(json); t = performance.now(); const s = loadSearchIndex(parsed);
  const load = performance.now() - t;
  t = performance.now(); for (let i = 0; i < 50; i++) s.search(lang === 'en' ? 'debt collector called my employer' : '催收打电话给我爸妈怎么办'); const q = (performance.now() - t) / 50;
  console.log(lang, { bodyChars, bytes, gzip: gzipSync(json).length, fuseBytes, build: build.toFixed(0), load: load.toFixed(0), query: q.toFixed(2) });
}
