/**
 * NODE ONLY, run by hand when the icon changes: renders public/icon/{16,32,48,128}.png (committed) with
 * Debian Chromium, so the repository needs no image tools. The mark is 明 (明白, "understand") on the accent blue.
 *
 *   pnpm exec node extension/build/render-icons.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const out = join(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.22)}px;background:#1d4ed8;color:#fff;display:grid;place-items:center;
      font:700 ${Math.round(size * 0.72)}px/1 'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif">明</div></body></html>`);
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
