/**
 * Debian's firefox-esr with the built Firefox extension (extension/.output/firefox-mv3), driven over
 * WebDriver BiDi by puppeteer-core, as ../shared/TOOLCHAIN.md describes: `network.dns.forceResolve` sends
 * every host name to one loopback address, where the fixture server listens on port 443 (https, a
 * throwaway certificate, `acceptInsecureCerts`). Nothing can leave the machine. Listening on 443 needs
 * root (CI runs as root); a test run alongside another one takes the next loopback address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pollUntil, ROOT, type PageServer, startPageServer } from './extension-harness.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(ROOT, 'extension/.output/firefox-mv3');

/** True when this process may listen on port 443 (root, or unprivileged ports start at or below it). */
export function mayListenOn443(): boolean {
  if (process.getuid?.() === 0) return true;
  const setting = '/proc/sys/net/ipv4/ip_unprivileged_port_start';
  return existsSync(setting) && Number(readFileSync(setting, 'utf8')) <= 443;
}

/** The fixture server on port 443 of the first free loopback address from 127.0.0.1 on. */
export async function startServerOn443(): Promise<{ server: PageServer; address: string }> {
  for (let last = 1; last <= 32; last++) {
    const address = `127.0.0.${last}`;
    try {
      return { server: await startPageServer({ host: address, port: 443 }), address };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error('port 443 is taken on 127.0.0.1 to 127.0.0.32');
}

export type Firefox = { browser: Browser; extensionId: string; close(): Promise<void> };

/** firefox-esr, headless, every host resolved to `address`, with the extension in `extensionDir` installed. */
export async function launchFirefox(address: string, extensionDir = FIREFOX_EXTENSION_DIR): Promise<Firefox> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`${FIREFOX_PATH} is missing: run bash .ci/setup.sh (as root it installs firefox-esr)`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run \`pnpm run build\` first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': address,
      'intl.locale.requested': 'en-US',
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId, close: () => browser.close() };
}

/** Opens `url` in a new tab and waits for its load. */
export async function openPage(firefox: Firefox, url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Evaluates `expression` in a sandbox of the page's main frame (WebDriver BiDi `script.evaluate` with a
 * sandbox, through puppeteer's isolated realm): the page's own replacements of built-ins are not seen there.
 */
export async function evaluateIsolated<T>(page: Page, expression: string): Promise<T> {
  const frame = page.mainFrame() as unknown as { isolatedRealm(): { evaluate(source: string): Promise<T> } };
  return frame.isolatedRealm().evaluate(expression);
}

/** How many times the content script has read the page (its performance mark). */
export function readings(page: Page): Promise<number> {
  return evaluateIsolated<number>(page, `performance.getEntriesByName('debtguide:analysed').length`);
}

/** Waits until the content script has read the page `times` times; false after `timeout` ms. */
export function waitForReadings(page: Page, times = 1, timeout = 8000): Promise<boolean> {
  return pollUntil(async () => (await readings(page)) >= times, timeout);
}
