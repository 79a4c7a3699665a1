/**
 * Shared set-up for the browser tests of the site's tools (tests/site-tools-*.test.ts): serve the built site
 * (site/dist, built by `pnpm build` before the tests run) on a free loopback port, start headless Chromium,
 * record any request that leaves that origin, run axe-core, and take screenshots for people to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from '../site/scripts/serve-static.ts';

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
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
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

export type AxeViolation = { id: string; impact: string | null | undefined; help: string; targets: string[] };

/** The serious and critical axe-core violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A full-page screenshot in /tmp/shots/tools/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}
