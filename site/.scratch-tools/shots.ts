import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serveStatic } from '/work/main/site/scripts/serve-static.ts';
const dist = process.argv[2] ?? '/tmp/scratch/dist';
const out = process.argv[3] ?? '/tmp/shots/tools';
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, 0);
const port = (server.address() as { port: number }).port;
async function segments(page: import('playwright-core').Page, name: string) {
  const tool = await page.evaluate(() => { const r = document.querySelector('.dg-tool')!.getBoundingClientRect(); return { y: r.top + scrollY, height: r.height }; });
  if (!tool) return;
  const viewport = page.viewportSize()!;
  for (let y = tool.y, i = 0; y < tool.y + tool.height && i < 8; y += 1200, i++) {
    await page.screenshot({ path: `${out}/seg-${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: viewport.width, height: Math.min(1200, tool.y + tool.height - y) } });
  }
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
const samples: Record<string, { zh: string; en: string }> = {
  message: { zh: '你再不还钱，我们就找人收拾你，还要打电话给你所有联系人，让你全家都知道你是老赖！', en: 'Pay today or we will send people to your home and call everyone in your contact list.' },
};
for (const lang of ['zh-hans', 'en']) {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const go = async (slug: string) => { await page.goto(`http://127.0.0.1:${port}/${lang}/${slug}/`); await page.waitForSelector('astro-island:not([ssr])'); };
    await go('tools/apr-calculator');
    await page.fill('#dg-apr-rate', '0.05%');
    await page.screenshot({ path: `${out}/apr-${lang}-${width}.png`, fullPage: true }); await segments(page, `apr-${lang}-${width}`);
    await go('tools/message-checker');
    await page.fill('#dg-message-text', lang === 'en' ? samples.message!.en : samples.message!.zh);
    await page.fill('#dg-message-at', '2026-01-05T23:10');
    await page.click('.dg-message-checker button[type=submit]');
    await page.screenshot({ path: `${out}/message-${lang}-${width}.png`, fullPage: true }); await segments(page, `message-${lang}-${width}`);
    await go('letters/stop-third-party-contact');
    await page.fill('#dg-letter-borrower_name', lang === 'en' ? 'Li Ming' : '李明');
    await page.fill('#dg-letter-phone', '13800000000');
    await page.screenshot({ path: `${out}/letter-${lang}-${width}.png`, fullPage: true }); await segments(page, `letter-${lang}-${width}`);
    await go('tools/evidence-log');
    await page.fill('#dg-evidence-at', '2026-01-05T23:10');
    await page.selectOption('#dg-evidence-channel', 'sms');
    await page.fill('#dg-evidence-from', '10690000');
    await page.fill('#dg-evidence-message', samples.message!.zh);
    await page.click('.dg-evidence-form button[type=submit]');
    await page.waitForSelector('.dg-entry');
    await page.click('text=' + (lang === 'en' ? 'Make a complaint summary' : '生成投诉摘要'));
    await page.screenshot({ path: `${out}/evidence-${lang}-${width}.png`, fullPage: true }); await segments(page, `evidence-${lang}-${width}`);
    await context.close();
  }
}
await browser.close();
server.close();
console.log('done');
