/**
 * The built Firefox extension (extension/.output/firefox-mv3) in Debian's firefox-esr over WebDriver BiDi
 * (tests/firefox-harness.ts), on the public fixture pages, the look-alike pages and the hostile pages, each
 * at its real https URL:
 *
 * - as installed: on a lender domain the panel appears exactly when the page is not `other`, with every
 *   APR; on any other host nothing runs;
 * - with access to every site granted (a copy of the build whose optional host permissions are granted at
 *   install, as for Chromium): the panel appears on every page that is not `other`, whatever its host;
 * - on the hostile pages, in both: no error from the extension's code, the panel right or absent, nothing
 *   from the page rendered as HTML, no payload run.
 *
 * Needs to listen on port 443 (root, as CI runs); elsewhere it is skipped and says so.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageFiles } from '../shared/corpus/read-corpus-files.ts';
import { lenderForUrl } from '../shared/lenders/registry.ts';
import { aprText, grantedExtensionCopy, httpsUrl, loadFixtures, pollUntil, type PageServer } from './extension-harness.ts';
import {
  evaluateIsolated, type Firefox, FIREFOX_EXTENSION_DIR, launchFirefox, mayListenOn443, openPage, readings, startServerOn443, waitForReadings,
} from './firefox-harness.ts';
import { hostilePages, type PanelExpectation } from './hostile-pages.ts';
import { type PanelReading, readPanelExpression } from './read-panel.ts';

const canListen = mayListenOn443();
if (!canListen) console.log('firefox-e2e: skipped: the fixture server must listen on port 443, which needs root here (CI runs as root)');

type Target = { name: string; url: string; html: string; headers: Record<string, string>; expected: PanelExpectation };

const toExpectation = (pageKind: string, rates: { apr: number }[]): PanelExpectation => ({ pageKind: pageKind === 'other' ? null : pageKind, aprs: rates.map((r) => r.apr) });
const targets: Target[] = [
  ...loadFixtures().map((f) => ({ name: f.name, url: httpsUrl(f.url), html: f.html, headers: {}, expected: toExpectation(f.pageKind, f.rates) })),
  ...readPageFiles(join(import.meta.dirname, '../shared/classify/lookalike-pages')).map((p) => ({ name: p.id, url: p.url, html: p.html, headers: {}, expected: toExpectation(p.pageKind, p.rates) })),
  ...hostilePages().flatMap((p) => [
    { name: `${p.name} (lender URL)`, url: p.lenderUrl, html: p.html, headers: p.headers, expected: p.onLender },
    { name: `${p.name} (other host)`, url: p.otherUrl, html: p.html, headers: p.headers, expected: p.onOther },
  ]),
];
const ORDINARY_URL = 'https://news.example-daily.cn/sports/2025/0611.html';
const ORDINARY_HTML = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>体育新闻</title></head><body><p>主队在补时阶段打进制胜球，晋级决赛。</p></body></html>';

let server: PageServer;
let address: string;

/**
 * Errors the BiDi log reports for the page that come from the extension's code (a stack or source in
 * moz-extension://). The pages' own errors (a fixture's missing app bridge, the strict CSP blocking the
 * page's own script) are theirs, not the extension's.
 */
function watchExtensionErrors(page: Page): string[] {
  const errors: string[] = [];
  const fromExtension = (text: string) => text.includes('moz-extension://');
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (fromExtension(text)) errors.push(`pageerror: ${text}`);
  });
  page.on('console', (message) => {
    const text = `${message.text()} ${message.stackTrace().map((frame) => frame.url ?? '').join(' ')}`;
    if (message.type() === 'error' && fromExtension(text)) errors.push(`console.error: ${text}`);
  });
  return errors;
}

/** Opens the target; checks the panel against `expected` (null kind: no panel, and the script did not run when `ran` is false). */
async function check(firefox: Firefox, target: Target, expected: PanelExpectation, ran: boolean): Promise<void> {
  const page = await firefox.browser.newPage();
  const errors = watchExtensionErrors(page);
  await page.goto(target.url, { waitUntil: 'load' });
  if (ran) expect(await waitForReadings(page), 'the content script read the page').toBe(true);
  else {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await readings(page), 'readings where the extension has no access').toBe(0);
  }
  if (target.name.startsWith('mutation-storm')) await pollUntil(() => evaluateIsolated<boolean>(page, `document.getElementById('ticker').childNodes.length > 100`), 5000);
  const panel = await evaluateIsolated<PanelReading>(page, readPanelExpression());
  expect(panel.count, 'panels').toBe(expected.pageKind ? 1 : 0);
  expect(panel.kind, 'panel kind').toBe(expected.pageKind);
  for (const apr of expected.aprs) expect(panel.text).toContain(aprText(apr));
  if (panel.kind) {
    expect(panel.styled, 'the panel has its styles').toBe(true);
    expect(panel.foreignElements).toEqual([]);
  }
  expect(await evaluateIsolated(page, 'document.documentElement.dataset.hostileRan ?? null'), 'payloads that ran').toBe(null);
  expect(errors, "the extension's errors").toEqual([]);
  await page.close();
}

describe.skipIf(!canListen)('Firefox ESR', () => {
  beforeAll(async () => {
    ({ server, address } = await startServerOn443());
    for (const target of targets) server.route(target.url, target.html, target.headers);
    server.route(ORDINARY_URL, ORDINARY_HTML);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('as installed', () => {
    let firefox: Firefox;
    beforeAll(async () => {
      firefox = await launchFirefox(address);
    });
    afterAll(async () => {
      await firefox?.close();
    });

    it.each(targets.map((t) => [t.name, t] as const))('%s', async (_name, target) => {
      const onLender = lenderForUrl(target.url) !== undefined;
      await check(firefox, target, onLender ? target.expected : { pageKind: null, aprs: [] }, onLender);
    });
  });

  describe('with access to every site granted', () => {
    let firefox: Firefox;
    const granted = grantedExtensionCopy(FIREFOX_EXTENSION_DIR);
    beforeAll(async () => {
      firefox = await launchFirefox(address, granted.dir);
      // the background registers the all-sites script at start-up: wait until a page off the lender domains is read
      const page = await openPage(firefox, ORDINARY_URL);
      const registered = await pollUntil(async () => {
        if ((await readings(page)) > 0) return true;
        await page.reload({ waitUntil: 'load' });
        return false;
      }, 15_000, 500);
      expect(registered, 'the all-sites script ran on an ordinary page').toBe(true);
      await page.close();
    });
    afterAll(async () => {
      await firefox?.close();
      rmSync(granted.dir, { recursive: true, force: true });
    });

    it.each(targets.map((t) => [t.name, t] as const))('%s', async (_name, target) => {
      await check(firefox, target, target.expected, true);
    });
  });
});
