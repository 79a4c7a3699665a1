/**
 * Benchmark of the extension's content script (not a test): main-thread time per fixture page and on a
 * generated 5 MB page, the background's classification time, and the bundle sizes. Needs the built extension
 * (`pnpm run build`). Run from the repository root:
 *
 *   pnpm exec node bench/extension-content-script.ts [--runs 5]
 *
 * Main-thread time is measured two ways, each the median of `--runs` fresh loads:
 * - the content script's own marks on the page's performance timeline: reading the page (outerHTML) and
 *   rendering the panel — the synchronous work it does on the page's main thread;
 * - the renderer's TaskDuration (DevTools `Performance.getMetrics`) with the extension minus without it, which
 *   also counts compiling and starting the content script, the shadow root and style work.
 * Classification runs in the background service worker, off the page's main thread; its time is reported
 * separately. Writes the figures into bench/RESULTS.md (the "Extension" section only).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { lenderForUrl } from '../shared/lenders/registry.ts';
import { median, RESULTS, writeResultsSection } from './results-section.ts';
import { type Browser, EXTENSION_DIR, type Fixture, httpsUrl, launchBrowser, loadFixtures, setSettings, startPageServer, waitForAnalysis } from '../tests/extension-harness.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(values.runs));
const BIG_URL = 'https://loan.mybank.cn/overdue/history.htm?all=1';


/** A 5 MB lender page: the MYbank overdue fixture followed by a long repayment history. */
function bigPage(base: Fixture): string {
  const rows: string[] = [];
  let size = base.html.length;
  for (let i = 0; size < 5_000_000; i++) {
    const row = `<tr><td>2024-${String((i % 12) + 1).padStart(2, '0')}-08</td><td>第${i + 1}期</td><td>应还本金1,666.67元</td><td>利息${(20 + (i % 7)).toFixed(2)}元</td><td>已还清</td></tr>\n`;
    rows.push(row);
    size += row.length;
  }
  return base.html.replace('</body>', `<table class="history"><tbody>${rows.join('')}</tbody></table></body>`);
}

type Sample = { read: number; render: number; untilShown: number | null; classify: number | null; taskDelta: number; scriptDelta: number; shown: boolean };

/** Opens `url` with DevTools performance metrics on from before navigation (they count from `enable`). */
async function load(browser: Browser, url: string, withExtension: boolean): Promise<{ page: Page; task: number; script: number }> {
  const page = await browser.context.newPage();
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // the content script runs on lender domains only; elsewhere there is nothing to wait for
  if (withExtension && lenderForUrl(url)) await waitForAnalysis(page, 1, 60_000);
  else await page.waitForTimeout(200);
  await page.waitForTimeout(100);
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await session.detach();
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { page, task: value('TaskDuration'), script: value('ScriptDuration') };
}

async function sample(withExt: Browser, without: Browser, url: string): Promise<Sample> {
  const bare = await load(without, url, false);
  await bare.page.close();
  const { page, task, script } = await load(withExt, url, true);
  const marks = await page.evaluate(() => {
    const sum = (name: string) => performance.getEntriesByName(name).reduce((total, entry) => total + entry.duration, 0);
    const shown = performance.getEntriesByName('debtguide:until-shown')[0];
    return { read: sum('debtguide:read') + sum('debtguide:send'), render: sum('debtguide:render'), untilShown: shown ? shown.duration : null, shown: Boolean(document.querySelector('debt-guide-panel')) };
  });
  const classify = await withExt.worker.evaluate(() => performance.getEntriesByName('debtguide:classify')[0]?.duration ?? null);
  await page.close();
  return { ...marks, classify, taskDelta: task - bare.task, scriptDelta: script - bare.script };
}

function sizeOf(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null) => (value === null ? '–' : value.toFixed(1));

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('build first: pnpm run build');
  const fixtures = loadFixtures();
  const server = await startPageServer();
  for (const fixture of fixtures) server.route(httpsUrl(fixture.url), fixture.html);
  const base = fixtures.find((f) => f.name === 'mybank-wangshangdai-overdue');
  if (!base) throw new Error('fixture mybank-wangshangdai-overdue missing');
  const big = bigPage(base);
  server.route(BIG_URL, big);

  const withExt = await launchBrowser({ port: server.port });
  const without = await launchBrowser({ port: server.port, extensionDir: null });
  await setSettings(withExt, { lang: 'zh-hans' });
  const pages = [
    ...fixtures.map((f) => ({ name: f.name, url: httpsUrl(f.url), bytes: f.html.length, kind: f.pageKind })),
    { name: `generated 5 MB page (${(big.length / 1e6).toFixed(1)} M chars)`, url: BIG_URL, bytes: big.length, kind: 'overdue' },
  ];
  const rows: string[] = [];
  try {
    for (const target of pages) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) samples.push(await sample(withExt, without, target.url));
      const lender = samples.some((s) => s.read > 0);
      const row = {
        read: median(samples.map((s) => s.read)),
        render: median(samples.map((s) => s.render)),
        untilShown: samples.every((s) => s.untilShown === null) ? null : median(samples.map((s) => s.untilShown ?? 0)),
        classify: samples.every((s) => s.classify === null) || !lender ? null : median(samples.map((s) => s.classify ?? 0)),
        taskDelta: median(samples.map((s) => s.taskDelta)),
        scriptDelta: median(samples.map((s) => s.scriptDelta)),
      };
      const line = `| ${target.name} | ${target.kind} | ${lender ? (samples[0]?.shown ? 'panel' : 'silent') : 'not run (no host access)'} | ${lender ? ms(row.read + row.render) : '–'} | ${lender ? ms(row.taskDelta) : '–'} | ${ms(row.untilShown)} | ${ms(row.classify)} |`;
      rows.push(line);
      console.log(line);
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }

  const sizes = [
    ['content script (content-scripts/lender.js)', join(EXTENSION_DIR, 'content-scripts/lender.js')],
    ['content script CSS (content-scripts/lender.css, into the shadow root)', join(EXTENSION_DIR, 'content-scripts/lender.css')],
    ['background service worker (background.js)', join(EXTENSION_DIR, 'background.js')],
  ].map(([label, file]) => ({ label: label as string, ...sizeOf(file as string) }));
  const total = filesUnder(EXTENSION_DIR).reduce((sum, file) => sum + statSync(file).size, 0);

  writeResultsSection('extension', 'bench/extension-content-script.ts', [
    '## Extension',
    '',
    `Content script on each public fixture page and on a generated 5 MB lender page, in Debian Chromium (headless), loaded ${RUNS} times each; medians. Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} with ${(await import('node:os')).cpus().length} cores. Run: \`pnpm exec node bench/extension-content-script.ts\`.`,
    '',
    '- **main thread (marks)**: the content script\'s own synchronous work on the page — reading the page (`outerHTML`), handing it to the background (serialising the message) and rendering the panel, ms.',
    '- **main thread (renderer Δ)**: the renderer\'s TaskDuration with the extension minus without it (includes compiling and starting the script, the shadow root and its styles), ms; noisy at this scale.',
    '- **until shown**: from the content script\'s start to the panel on screen (includes the round trip to the background), ms.',
    '- **classify (background)**: `analysePage` in the service worker — visible text, classifier, report — off the page\'s main thread, ms.',
    '',
    '| page | kind | extension | main thread (marks) | main thread (renderer Δ) | until shown | classify (background) |',
    '|---|---|---|---:|---:|---:|---:|',
    ...rows,
    '',
    'Off the lender domains the content script does not run at all (the extension has no host access there), so it costs nothing on those pages.',
    '',
    '| bundle | raw | gzip -9 |',
    '|---|---:|---:|',
    ...sizes.map((s) => `| ${s.label} | ${kb(s.raw)} | ${kb(s.gzip)} |`),
    `| whole unpacked Chrome extension (incl. the three search indexes, loaded by the popup only) | ${kb(total)} | |`,
  ]);
  console.log(`\n${sizes.map((s) => `${s.label}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`).join('\n')}\nwritten to ${RESULTS}`);
}

await main();
