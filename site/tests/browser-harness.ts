/**
 * For the real-browser tests in tests/site-*.test.ts: serves site/dist on a free loopback port, launches one
 * headless Chromium, records every request a page makes (to prove none leaves the site's origin) and runs
 * axe-core in the page.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, chromium, type Page } from 'playwright-core';
import { serveStatic } from '../scripts/serve-static.ts';
import { assertBuilt, DIST } from './dist-files.ts';

export type Site = {
  base: string;
  browser: Browser;
  /** A new page (own context) whose requests are recorded; `foreign()` lists those to other origins. */
  open(options?: { width?: number; height?: number }): Promise<{ page: Page; requests: string[]; foreign: () => string[] }>;
  close(): Promise<void>;
};

/** Debian's headless Chromium with the flags TOOLCHAIN.md gives (no background traffic, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export async function startSite(): Promise<Site> {
  assertBuilt();
  const server: Server = await serveStatic(DIST, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    base,
    browser,
    async open({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const foreign = () => requests.filter((url) => !url.startsWith(`${base}/`) && !/^(data|blob|about):/.test(url));
      return { page, requests, foreign };
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

type AxeViolation = { id: string; impact?: string | null; nodes: { target: unknown }[] };

/** axe-core's serious and critical violations on the page as it is now, as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document);
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
}

/**
 * For a test file: starts the site before its tests and closes it after; `open` gives a page whose context
 * `done()` closes, adding the page's requests to other origins to `foreignRequests`.
 */
export function useSite() {
  let site: Site | undefined;
  const foreignRequests: string[] = [];
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return {
    foreignRequests,
    get base(): string {
      if (!site) throw new Error('the site is not started yet');
      return site.base;
    },
    async open(width?: number) {
      if (!site) throw new Error('the site is not started yet');
      const opened = await site.open({ width });
      const done = async () => {
        foreignRequests.push(...opened.foreign());
        await opened.page.context().close();
      };
      return { ...opened, done };
    },
  };
}
