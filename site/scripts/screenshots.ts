/**
 * Screenshots of the built site for a human look (not a test): home, an article and an index page in
 * zh-hans and en, at 1280 and 375 px, full page in parts, and the open search dialog, into /tmp/shots/ (or
 * the folder given as argument).
 * Run after the build: `pnpm --filter @debtguide/site exec node scripts/screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve-static.ts';

const outDir = process.argv[2] ?? '/tmp/shots';
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const pages = (process.env.SHOT_PAGES ?? '/zh-hans/,/en/,/zh-hans/scenarios/contacts-my-family/,/en/scenarios/contacts-my-family/,/zh-hans/rights/,/en/rights/').split(',');
const widths = [1280, 375];
const PART = 1400;
const MAX_HEIGHT = Number(process.env.SHOT_MAX_HEIGHT ?? 20_000);

mkdirSync(outDir, { recursive: true });
const server = await serveStatic(dist, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width === 375 ? 740 : 900 }, deviceScaleFactor: 1 });
    for (const path of pages) {
      await page.goto(base + path);
      const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${width}`;
      const { height, overflow } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      // Tall pages in parts of at most PART px, so each image stays readable.
      for (let top = 0, part = 1; top < Math.min(height, MAX_HEIGHT); top += PART, part++) {
        const clip = { x: 0, y: top, width, height: Math.min(PART, height - top) };
        await page.screenshot({ path: `${outDir}/${name}-${String(part).padStart(2, '0')}.png`, clip, fullPage: true });
      }
      console.log(`${name}: ${height}px high${overflow > 0 ? `, HORIZONTAL OVERFLOW ${overflow}px` : ''}`);
    }
    // The search dialog, opened by a ?q= link, as the reader sees it (viewport only).
    for (const [lang, query] of [['zh-hans', '上门催收'], ['en', 'home visit']]) {
      await page.goto(`${base}/${lang}/?q=${encodeURIComponent(query ?? '')}`);
      await page.locator('#search-result-0').waitFor();
      await page.screenshot({ path: `${outDir}/search-${lang}-${width}.png` });
      console.log(`search-${lang}-${width}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
