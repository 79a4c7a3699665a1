/** The message checker in a real browser, over the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTool, startToolSite, type ToolSite } from './site-tools-support.ts';

let site: ToolSite;
beforeAll(async () => {
  site = await startToolSite();
});
afterAll(async () => site?.close());

describe('message checker', () => {
  it('flags a threat, marks its evidence in the message and says what to do', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/zh-hans/tools/message-checker/`);
    await page.fill('#dg-message-text', '你再不还钱，我们就找人收拾你，让你全家不得安宁。');
    await page.click('.dg-message-checker button[type=submit]');
    const threat = page.locator('.dg-flag[data-rule=threat]');
    await threat.waitFor();
    expect(await threat.locator('h4').textContent()).toContain('威胁人身或财产安全');
    const evidence = await threat.locator('.dg-flag-evidence mark').textContent();
    expect(evidence).toBeTruthy();
    const marked = await page.locator('.dg-message-view mark').allTextContents();
    expect(marked.join('')).toContain(evidence!);
    expect(await threat.textContent()).toContain('治安管理处罚法');
    expect(await threat.locator('.dg-next a').first().getAttribute('href')).toMatch(/^\/zh-hans\/(scenarios|channels)\/[a-z0-9-]+\/$/);
    expect(await page.textContent('.dg-result')).toContain('不是法律意见');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dg-message-result');
    expect(context.offHost).toEqual([]);
    await context.close();
  });

  it('judges the time in China time and labels an industry code as not law', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/en/tools/message-checker/`);
    await page.fill('#dg-message-text', '请尽快还款。');
    await page.fill('#dg-message-at', '2026-01-05T23:10');
    await page.click('.dg-message-checker button[type=submit]');
    const oddHours = page.locator('.dg-flag[data-rule=odd-hours]');
    await oddHours.waitFor();
    expect(await oddHours.textContent()).toContain('23:10');
    expect(await oddHours.textContent()).toContain('industry code, not law');
    await context.close();
  });

  it('says plainly when a message has nothing flagged, and that this is not legal advice', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/en/tools/message-checker/`);
    await page.fill('#dg-message-text', 'Your repayment of 500 yuan is due on 5 January. Please pay through the app.');
    await page.click('.dg-message-checker button[type=submit]');
    await page.locator('.dg-clean').waitFor();
    const result = await page.textContent('.dg-result');
    expect(result).toContain('No common overstepping found.');
    expect(result).toContain('not legal advice');
    expect(await page.locator('.dg-flag').count()).toBe(0);
    await page.click('.dg-message-checker button:has-text("Clear")');
    expect(await page.inputValue('#dg-message-text')).toBe('');
    await context.close();
  });
});
