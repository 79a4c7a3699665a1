/**
 * "Protect me on every site" in Debian Chromium: a copy of the build whose optional host permissions are
 * granted at install (as ../shared/tools/ext-fixtures-e2e.mjs makes it), then the same extension after the
 * user turns the protection off from the options page.
 *
 * - Granted: the background registers the all-sites content script at start-up; the public fixture pages and
 *   the look-alike pages (shared/classify/lookalike-pages) show the panel exactly when they are not `other`,
 *   a look-alike host with a red warning naming the lender's real domains; a page without loan words is
 *   left after the pre-check, nothing read or sent.
 * - Turned off: the permission is removed, the script unregistered, and the same pages show nothing.
 *
 * DEBTGUIDE_SHOTS=/some/dir saves screenshots of the look-alike warning (phone size) and of the offer.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageFiles } from '../shared/corpus/read-corpus-files.ts';
import { getLender, lenderForUrl } from '../shared/lenders/registry.ts';
import {
  ALL_SITES_SCRIPT_ID as SCRIPT_ID, aprText, type Browser, grantedExtensionCopy, httpsUrl, launchBrowser, loadFixtures, panelState, type PageServer,
  registeredScripts as scriptsOf, setSettings, startPageServer, waitForAnalysis, waitForRegistration as waitForScript,
} from './extension-harness.ts';

const ORIGINS = ['http://*/*', 'https://*/*'];
const fixtures = loadFixtures();
const lookalikePages = readPageFiles(join(import.meta.dirname, '../shared/classify/lookalike-pages'));
const ORDINARY_URL = 'https://news.example-daily.cn/sports/2025/0611.html';
const ORDINARY_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>体育新闻</title></head><body>${'<p>主队在补时阶段打进制胜球，晋级决赛。天气晴，最高气温26度。</p>'.repeat(200)}</body></html>`;
const shots = process.env.DEBTGUIDE_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });

const pages = [
  ...fixtures.map((f) => ({ name: f.name, url: httpsUrl(f.url), html: f.html, pageKind: f.pageKind, rates: f.rates, lookalike: null as string | null })),
  ...lookalikePages.map((p) => ({ name: p.id, url: p.url, html: p.html, pageKind: p.pageKind, rates: p.rates, lookalike: p.lookalike })),
];

let server: PageServer;
let browser: Browser;
const profileDir = mkdtempSync(join(tmpdir(), 'dg-optin-profile-'));
const granted = grantedExtensionCopy();

const registeredScripts = () => scriptsOf(browser);

async function hasAccess(): Promise<boolean> {
  return browser.worker.evaluate(async (origins) => {
    const { chrome } = globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } };
    return chrome.permissions.contains({ origins });
  }, ORIGINS);
}


/** Opens `url`; waits for the content script's reading when one is expected, else lets the page settle. */
async function visit(url: string, expectScript: boolean): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (expectScript) expect(await waitForAnalysis(page), `a content script read ${url}`).toBe(true);
  else await page.waitForTimeout(400);
  return page;
}

beforeAll(async () => {
  server = await startPageServer();
  for (const page of pages) server.route(page.url, page.html);
  server.route(ORDINARY_URL, ORDINARY_HTML);
  browser = await launchBrowser({ port: server.port, extensionDir: granted.dir, profileDir });
  await setSettings(browser, { lang: 'en' });
  await waitForScript(browser, true);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(granted.dir, { recursive: true, force: true });
});

describe('with access to every site granted', () => {
  it('declares every site as optional, and registers the all-sites script at start-up', async () => {
    expect(granted.optional).toEqual(ORIGINS);
    expect(await hasAccess()).toBe(true);
    expect(await registeredScripts()).toEqual([SCRIPT_ID]);
  });

  it('has pages to show it on', () => expect(lookalikePages.length).toBeGreaterThanOrEqual(4));

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, target) => {
    const page = await visit(target.url, true);
    const state = await panelState(page);
    expect(state.present, 'panel shown').toBe(target.pageKind !== 'other');
    if (state.present) {
      for (const rate of target.rates) expect(state.text).toContain(aprText(rate.apr));
      const warning = page.locator('debt-guide-panel .dg-lookalike');
      if (target.lookalike) {
        expect(await warning.getAttribute('data-imitates')).toBe(target.lookalike);
        for (const domain of getLender(target.lookalike)?.domains ?? ['?']) expect(await warning.innerText()).toContain(domain);
        expect(await warning.innerText()).toContain('is not');
      } else {
        expect(await warning.count()).toBe(0);
      }
    }
    await page.close();
  });

  it('stops after the pre-check on a page without loan words: nothing read, nothing sent', async () => {
    const page = await visit(ORDINARY_URL, true);
    const entries = await page.evaluate(() => ['precheck', 'read', 'send'].map((name) => performance.getEntriesByName(`debtguide:${name}`).length));
    expect(entries).toEqual([1, 0, 0]);
    expect((await panelState(page)).present).toBe(false);
    await page.close();
  });

  it.skipIf(!shots)('screenshots of the look-alike warning at phone size', async () => {
    for (const lang of ['zh-hans', 'en'] as const) {
      await setSettings(browser, { lang });
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto('https://jd.com.kefu-center.cn/notice/lsh?id=JDJR-LS-2025-061188');
      await waitForAnalysis(page);
      await page.screenshot({ path: join(shots as string, `optin-lookalike-${lang}.png`) });
      await page.close();
    }
    await setSettings(browser, { lang: 'en' });
  });
});

describe('after the user turns it off', () => {
  beforeAll(async () => {
    // the same extension (same folder, same id, same profile) with its real manifest: the grant is now optional
    await browser.close();
    granted.restore();
    browser = await launchBrowser({ port: server.port, extensionDir: granted.dir, profileDir });
  });

  it('is still on after a restart', async () => {
    expect(await hasAccess()).toBe(true);
    await expect.poll(registeredScripts, { timeout: 5000 }).toEqual([SCRIPT_ID]);
  });

  it("is turned off from the options page's button: the permission and the script go", async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 420, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    if (shots) await options.screenshot({ path: join(shots, 'optin-options-on-en.png'), fullPage: true });
    await options.click('#dg-all-sites-off');
    await expect.poll(hasAccess, { timeout: 5000 }).toBe(false);
    await expect.poll(registeredScripts, { timeout: 5000 }).toEqual([]);
    await options.locator('#dg-all-sites-on').waitFor();
    if (shots) await options.screenshot({ path: join(shots, 'optin-options-off-en.png'), fullPage: true });
    await options.close();
  });

  it.each(pages.filter((p) => lenderForUrl(p.url) === undefined).map((p) => [p.name, p] as const))(
    'shows nothing off the lender domains: %s',
    async (_name, target) => {
      const page = await visit(target.url, false);
      expect((await panelState(page)).present).toBe(false);
      expect(await page.evaluate(() => performance.getEntriesByName('debtguide:analysed').length)).toBe(0);
      await page.close();
    },
  );
});
