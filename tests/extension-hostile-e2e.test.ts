/**
 * The built Chrome extension on hostile pages (tests/hostile-pages.ts) in Debian Chromium: each served at a
 * lender URL (the extension as installed) and on another host (a copy whose all-sites access is granted, as
 * a user who opted in). On every one:
 *
 * - no uncaught exception and no error logged, in the page or in the extension's content script (read over
 *   the DevTools protocol, every execution context);
 * - the panel is right (kind and every APR) — or absent where it may not appear;
 * - nothing from the page is rendered as HTML: the panel holds no element the page wrote, every link in it
 *   goes to the guide site, and no payload ran (`<html data-hostile-ran>` stays absent);
 * - under the mutation storm the page is read a bounded number of times.
 *
 * How long each takes is measured by bench/extension-hostile-pages.ts (figures in bench/RESULTS.md).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOM_WATCH } from '../extension/utils/dom-changes.ts';
import {
  aprText, type Browser, grantedExtensionCopy, launchBrowser, type PageServer, startPageServer, waitForRegistration,
} from './extension-harness.ts';
import { watchPage } from './chromium-page-watch.ts';
import { type HostilePage, hostilePages, type PanelExpectation, STORM_MS } from './hostile-pages.ts';

const pages = hostilePages();
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  for (const page of pages) {
    server.route(page.lenderUrl, page.html, page.headers);
    server.route(page.otherUrl, page.html, page.headers);
  }
});

afterAll(async () => {
  await server?.close();
});

/** Opens `url`, waits for the content script's reading and for a storm to end, and checks the result. */
async function checkPage(browser: Browser, target: HostilePage, url: string, expected: PanelExpectation): Promise<void> {
  const page = await browser.context.newPage();
  const watch = await watchPage(browser.context, page);
  await page.goto(url, { waitUntil: 'load' });
  expect(await watch.waitForReadings(), 'the content script read the page').toBe(true);
  if (target.name === 'mutation-storm') {
    await page.waitForFunction(() => (window as unknown as { __stormDone?: boolean }).__stormDone === true, null, { timeout: STORM_MS * 3, polling: 100 });
    // the last burst waited out, and its reading done
    await page.waitForTimeout(DOM_WATCH.debounceMs + 800);
    const readings = await watch.readings();
    // one at load, then at most one for each maxWaitMs of storm, and one after it
    expect(readings).toBeLessThanOrEqual(2 + Math.ceil(STORM_MS / DOM_WATCH.maxWaitMs));
  }
  const panel = await watch.readPanel();
  expect(panel.kind, 'panel kind').toBe(expected.pageKind);
  for (const apr of expected.aprs) expect(panel.text).toContain(aprText(apr));
  if (panel.kind) {
    expect(panel.styled, 'the panel has its styles').toBe(true);
    expect(panel.foreignElements, 'elements in the panel the extension did not write').toEqual([]);
    for (const href of panel.links) expect(href).toMatch(/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/);
  }
  expect(await watch.evaluate('document.documentElement.dataset.hostileRan ?? null'), 'payloads that ran').toBe(null);
  expect(watch.errors(), 'uncaught exceptions and logged errors').toEqual([]);
  await watch.stop();
  await page.close();
}

describe('at lender URLs, as installed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ port: server.port, lang: 'zh-CN' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, target) => {
    await checkPage(browser, target, target.lenderUrl, target.onLender);
  });
});

describe('on other hosts, with access to every site granted', () => {
  let browser: Browser;
  const granted = grantedExtensionCopy();
  beforeAll(async () => {
    browser = await launchBrowser({ port: server.port, extensionDir: granted.dir, lang: 'zh-CN' });
    await waitForRegistration(browser, true);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(granted.dir, { recursive: true, force: true });
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, target) => {
    await checkPage(browser, target, target.otherUrl, target.onOther);
  });
});
