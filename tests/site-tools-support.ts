/**
 * Shared set-up for the browser tests of the site's tools (tests/site-tools-*.test.ts): serve the built site
 * (site/dist, built by `pnpm build` before the tests run) on a free loopback port, start headless Chromium,
 * record any request that leaves that origin, run axe-core, and take screenshots for people to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../site/scripts/serve-static.ts';
import { launchChromium } from '../site/tests/browser-harness.ts';

export { seriousViolations } from '../site/tests/browser-harness.ts';

export const SITE_DIST = fileURLToPath(new URL('../site/dist/', import.meta.url));
export const SHOTS_DIR = '/tmp/shots/tools';

export type ToolSite = {
  origin: string;
  browser: Browser;
  /** A fresh context (its own storage) whose requests are all recorded; other hosts are blocked. */
  newContext: (options?: { width?: number }) => Promise<BrowserContext & { offHost: string[] }>;
  close: () => Promise<void>;
};

export async function startToolSite(): Promise<ToolSite> {
  if (!existsSync(`${SITE_DIST}index.html`) && !existsSync(`${SITE_DIST}zh-hans/index.html`)) {
    throw new Error(`${SITE_DIST} is missing: build the site first (pnpm --filter @debtguide/site build)`);
  }
  const server = await serveStatic(SITE_DIST, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const newContext = async ({ width = 1280 }: { width?: number } = {}) => {
    const context = Object.assign(await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true }), { offHost: [] as string[] });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      context.offHost.push(url);
      return route.abort();
    });
    return context;
  };
  return {
    origin,
    browser,
    newContext,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Opens a page and waits until every island on it has hydrated. */
export async function openTool(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('astro-island');
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
}

/** A full-page screenshot in /tmp/shots/tools/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}
