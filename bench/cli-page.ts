/**
 * Benchmark: `debtguide page` on the largest public fixture page — the whole command (process start,
 * module load, classification) and the classification alone, in process. Run: `pnpm exec node bench/cli-page.ts`.
 * Results are written down in bench/RESULTS.md by hand.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyPage } from '../shared/classify/classify-page.ts';
import { extractTitle, extractVisibleText } from '../shared/classify/visible-text.ts';

const fixtures = fileURLToPath(new URL('../../shared/fixtures/pages/', import.meta.url));
const main = fileURLToPath(new URL('../shared/cli/main.ts', import.meta.url));
const largest = readdirSync(fixtures)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({ name, size: statSync(join(fixtures, name)).size }))
  .sort((a, b) => b.size - a.size)[0]!;
const url = JSON.parse(readFileSync(join(fixtures, largest.name.replace(/\.html$/, '.json')), 'utf8')).url as string;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const wall: number[] = [];
for (let i = 0; i < 10; i++) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [main, 'page', join(fixtures, largest.name), '--url', url], { encoding: 'utf8' });
  wall.push(performance.now() - start);
  if (run.status !== 0) throw new Error(run.stderr);
}

const html = readFileSync(join(fixtures, largest.name), 'utf8');
classifyPage({ url, text: extractVisibleText(html), title: extractTitle(html) });
const inProcess: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  classifyPage({ url, text: extractVisibleText(html), title: extractTitle(html) });
  inProcess.push(performance.now() - start);
}

const big = `<html><body>${'<p>您的借款已逾期3天，日利率0.05%，逾期本金1000元。催收通知请勿理会。</p>'.repeat(20000)}</body></html>`;
const bigStart = performance.now();
classifyPage({ url, text: extractVisibleText(big), title: '' });
const bigMs = performance.now() - bigStart;

console.log(`largest fixture: ${largest.name} (${largest.size} bytes)`);
console.log(`pnpm debtguide page, whole command: median ${median(wall).toFixed(0)} ms over 10 runs (node ${process.version})`);
console.log(`classification in process: median ${median(inProcess).toFixed(2)} ms over 200 runs`);
console.log(`classification of a ${(big.length / 1e6).toFixed(1)} M-character page: ${bigMs.toFixed(0)} ms`);
