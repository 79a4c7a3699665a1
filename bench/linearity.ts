/**
 * Benchmark: do the engines stay linear in input size? Times the rate finder, the true-cost reader, the
 * message checker, the page classifier and a search query on inputs of 0.25, 0.5, 1 and 2 MB and prints the
 * time per MB; a linear engine shows a flat row. Run: `pnpm exec node bench/linearity.ts`.
 */
import { classifyPage } from '../shared/classify/classify-page.ts';
import { loadSiteCorpus } from '../shared/cli/load-site-corpus.ts';
import { checkMessage } from '../shared/messages/check-message.ts';
import { findRates } from '../shared/rates/find-rates.ts';
import { findPageCost } from '../shared/rates/page-cost.ts';
import { buildSearchIndex } from '../shared/search/build-index.ts';
import { loadSearchIndex } from '../shared/search/searcher.ts';

const FRAGMENTS = ['借款金额10,000元', '每期应还1,000元，共12期', '服务费1,000元放款时扣除', '日利率0.05%，', '逾期了请尽快还款。', '我们会联系你的家人', '月费率0.6%分12期', 'random 文字 ', '年化利率（单利）7.3%', '老赖', '停息挂账'];

/** A deterministic mix of loan-like fragments and noise, `chars` long. */
function makeText(chars: number): string {
  let seed = 7;
  let out = '';
  while (out.length < chars) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out += FRAGMENTS[seed % FRAGMENTS.length];
    out += String.fromCharCode(0x4e00 + (seed % 2000));
  }
  return out.slice(0, chars);
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const searcher = loadSearchIndex(buildSearchIndex(loadSiteCorpus().docs, 'zh-hans'));
const engines: Record<string, (text: string) => unknown> = {
  findRates: (text) => findRates(text),
  findPageCost: (text) => findPageCost(text),
  checkMessage: (text) => checkMessage(text, { at: '2026-01-05T23:10:00+08:00' }),
  classifyPage: (text) => classifyPage({ url: 'https://loan.mybank.cn/x', text }),
  search: (text) => searcher.search(text),
};

console.log('engine        | ms per MB at 0.25 / 0.5 / 1 / 2 MB');
for (const [name, run] of Object.entries(engines)) {
  run(makeText(10_000));
  const perMb = [0.25, 0.5, 1, 2].map((mb) => {
    const text = makeText(mb * 1_000_000);
    return time(() => run(text)) / mb;
  });
  console.log(`${name.padEnd(13)} | ${perMb.map((ms) => ms.toFixed(0).padStart(6)).join(' ')}`);
}
