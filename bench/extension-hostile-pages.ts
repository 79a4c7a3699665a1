/**
 * Benchmark of the extension on the hostile pages (tests/hostile-pages.ts), not a test: how long until the
 * content script has read each page, its own main-thread time there, and how often it read the page, in
 * Debian Chromium at the lender URL (as installed) and on another host (all-sites grant), and in Firefox
 * ESR at the lender URL (when this process may listen on port 443). Needs the built extension
 * (`pnpm run build`). Run from the repository root:
 *
 *   pnpm exec node bench/extension-hostile-pages.ts [--runs 3]
 *
 * Figures are medians of `--runs` fresh loads; on the mutation-storm page the page is kept open until its
 * storm is over and the last burst waited out, so "readings" is the whole storm's count. Writes the
 * "Extension on hostile pages" section of bench/RESULTS.md.
 */
import { cpus, loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { DOM_WATCH } from '../extension/utils/dom-changes.ts';
import { watchPage } from '../tests/chromium-page-watch.ts';
import { type Browser, grantedExtensionCopy, launchBrowser, pollUntil, startPageServer, waitForRegistration } from '../tests/extension-harness.ts';
import { evaluateIsolated, launchFirefox, mayListenOn443, openPage, startServerOn443, waitForReadings } from '../tests/firefox-harness.ts';
import { type HostilePage, hostilePages, STORM_MS } from '../tests/hostile-pages.ts';
import { median, writeResultsSection } from './results-section.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Math.max(1, Number(values.runs));
const pages = hostilePages();

/** What one load of a page gave: ms from navigation start to the first reading, the script's own main-thread ms, readings, panel kind. */
type Sample = { firstReading: number; mainThread: number; readings: number; kind: string | null };

/** Read on the page (in an isolated world): the content script's marks and measures, and the panel's kind. */
const TIMELINE = `(() => {
  const analysed = performance.getEntriesByName('debtguide:analysed');
  const own = ['precheck', 'read', 'send', 'render'].flatMap((name) => performance.getEntriesByName('debtguide:' + name));
  const reports = [];
  for (const element of document.querySelectorAll('*')) { const report = element.shadowRoot && element.shadowRoot.querySelector('.dg-report'); if (report) reports.push(report); }
  return {
    firstReading: analysed.length ? analysed[0].startTime : -1,
    mainThread: own.reduce((sum, entry) => sum + entry.duration, 0),
    readings: analysed.length,
    kind: reports.length ? reports[0].getAttribute('data-kind') : null,
  };
})()`;

/** Runs in the storm page (its own world): the storm is over. */
const STORM_DONE = () => (window as unknown as { __stormDone?: boolean }).__stormDone === true;

/** After the first reading: the storm page stays open until its storm is over and the last burst is read. */
async function settle(target: HostilePage, stormDone: () => Promise<boolean>): Promise<void> {
  if (target.name !== 'mutation-storm') return;
  await pollUntil(stormDone, STORM_MS * 3, 100);
  await new Promise((resolve) => setTimeout(resolve, DOM_WATCH.debounceMs + 800));
}

async function chromiumSample(browser: Browser, target: HostilePage, url: string): Promise<Sample> {
  const page = await browser.context.newPage();
  const watch = await watchPage(browser.context, page);
  await page.goto(url, { waitUntil: 'load' });
  if (!(await watch.waitForReadings(1, 15_000))) throw new Error(`${url}: never read`);
  await settle(target, () => page.evaluate(STORM_DONE));
  const sample = await watch.evaluate<Sample>(TIMELINE);
  if (watch.errors().length) throw new Error(`${url}: ${watch.errors().join('; ')}`);
  await watch.stop();
  await page.close();
  return sample;
}

async function firefoxSample(open: (url: string) => Promise<FirefoxPage>, target: HostilePage, url: string): Promise<Sample> {
  const page = await open(url);
  if (!(await waitForReadings(page, 1, 15_000))) throw new Error(`${url}: never read in Firefox`);
  await settle(target, () => page.evaluate(STORM_DONE));
  const sample = await evaluateIsolated<Sample>(page, TIMELINE);
  await page.close();
  return sample;
}

type Row = { page: string; where: string; samples: Sample[] };

async function measure(where: string, url: (page: HostilePage) => string, sample: (target: HostilePage, url: string) => Promise<Sample>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const target of pages) {
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) samples.push(await sample(target, url(target)));
    rows.push({ page: target.name, where, samples });
    console.log(`${target.name} (${where}): first reading ${median(samples.map((s) => s.firstReading)).toFixed(0)} ms, readings ${samples.map((s) => s.readings).join('/')}`);
  }
  return rows;
}

async function main(): Promise<void> {
  const load = loadavg()[0] ?? 0;
  const rows: Row[] = [];
  const server = await startPageServer();
  for (const page of pages) {
    server.route(page.lenderUrl, page.html, page.headers);
    server.route(page.otherUrl, page.html, page.headers);
  }
  const installed = await launchBrowser({ port: server.port, lang: 'zh-CN' });
  rows.push(...(await measure('Chromium, lender URL', (p) => p.lenderUrl, (t, u) => chromiumSample(installed, t, u))));
  await installed.close();
  const granted = grantedExtensionCopy();
  const everywhere = await launchBrowser({ port: server.port, extensionDir: granted.dir, lang: 'zh-CN' });
  await waitForRegistration(everywhere, true);
  rows.push(...(await measure('Chromium, other host (granted)', (p) => p.otherUrl, (t, u) => chromiumSample(everywhere, t, u))));
  await everywhere.close();
  rmSync(granted.dir, { recursive: true, force: true });
  await server.close();

  if (mayListenOn443()) {
    const { server: server443, address } = await startServerOn443();
    for (const page of pages) server443.route(page.lenderUrl, page.html, page.headers);
    const firefox = await launchFirefox(address);
    rows.push(...(await measure('Firefox ESR, lender URL', (p) => p.lenderUrl, (t, u) => firefoxSample((url) => openPage(firefox, url), t, u))));
    await firefox.close();
    await server443.close();
  } else console.log('Firefox skipped: listening on port 443 needs root');

  const ms = (n: number) => n.toFixed(1);
  writeResultsSection('extension-hostile', 'bench/extension-hostile-pages.ts', [
    '## Extension on hostile pages',
    '',
    `The generated hostile pages of tests/hostile-pages.ts, each loaded ${RUNS} times; medians (readings: every run). Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} with ${cpus().length} cores, load average ${load.toFixed(1)} at the start (times grow with it). Run: \`pnpm exec node bench/extension-hostile-pages.ts\`.`,
    '',
    '- **first reading**: from navigation start to the end of the content script\'s first reading of the page (panel shown or not), ms.',
    '- **main thread**: the content script\'s own synchronous work on the page over the whole visit (pre-check, reading `outerHTML`, sending, rendering), ms.',
    `- **readings**: how many times the page was read; on the mutation storm (${STORM_MS / 1000} s of thousands of changes a second) that is the whole storm, bounded by one re-read per ${DOM_WATCH.maxWaitMs / 1000} s.`,
    '',
    '| page | where | panel | first reading | main thread | readings |',
    '|---|---|---|---:|---:|---:|',
    ...rows.map(({ page, where, samples }) => `| ${page} | ${where} | ${samples[0]?.kind ?? 'none'} | ${ms(median(samples.map((s) => s.firstReading)))} | ${ms(median(samples.map((s) => s.mainThread)))} | ${samples.map((s) => s.readings).join(' / ')} |`),
  ]);
  console.log('written to bench/RESULTS.md');
}

await main();
