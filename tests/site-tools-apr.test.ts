/** The APR calculator in a real browser, over the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTool, startToolSite, type ToolSite } from './site-tools-support.ts';

let site: ToolSite;
beforeAll(async () => {
  site = await startToolSite();
});
afterAll(async () => site?.close());

describe('APR calculator', () => {
  it('annualises 0.05% a day to 18.25% (simple) with the compounded figure, schedule and lines', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/zh-hans/tools/apr-calculator/`);
    await page.fill('#dg-apr-principal', '10000');
    await page.fill('#dg-apr-rate', '0.05%');
    await page.check('input[name=dg-apr-per][value=day]');
    await expect.poll(() => page.textContent('[data-testid=apr-simple]')).toBe('18.25%');
    expect(await page.textContent('.dg-figure-main dt')).toBe('年化利率（单利）');
    expect(await page.textContent('[data-testid=apr-compounded]')).toBe('20.02%');
    expect(await page.locator('.dg-table tbody tr').count()).toBe(12);
    expect(await page.locator('.dg-chart svg polyline').count()).toBe(2);
    const lines = await page.locator('.dg-line').allTextContents();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('高于这条线');
    expect(lines[1]).toContain('低于这条线');
    expect(lines[1]).toContain('据公开资料');
    expect(await page.locator('.dg-line details').first().textContent()).toContain('民间借贷');
    expect(context.offHost).toEqual([]);
    await context.close();
  });

  it('works out a monthly fee on the principal by IRR (0.6% × 12 → 13.03%)', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/en/tools/apr-calculator/`);
    await page.check('input[name=dg-apr-mode][value=fee]');
    await page.fill('#dg-apr-rate', '0.6');
    await page.fill('#dg-apr-terms', '12');
    await expect.poll(() => page.textContent('[data-testid=apr-simple]')).toBe('13.03%');
    expect(await page.textContent('.dg-figure-main dt')).toBe('Annualised rate (simple)');
    await page.fill('#dg-apr-rate', 'abc');
    await expect.poll(() => page.textContent('#dg-apr-rate-error')).toContain('could not be read');
    expect(await page.getAttribute('#dg-apr-rate', 'aria-invalid')).toBe('true');
    await context.close();
  });

  it('finds the rates in pasted text and uses one in the calculator', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/zh-hant/tools/apr-calculator/`);
    await page.fill('#dg-finder-text', '借款日利率0.05%，按日計息；分期每期手續費0.75%，分24期。');
    await page.click('.dg-finder button[type=submit]');
    const quotes = page.locator('.dg-quote-list li');
    await expect.poll(() => quotes.count()).toBe(2);
    expect(await quotes.nth(1).textContent()).toContain('16.43%');
    await quotes.nth(1).locator('button').click();
    await expect.poll(() => page.textContent('[data-testid=apr-simple]')).toBe('16.43%');
    expect(await page.inputValue('#dg-apr-terms')).toBe('24');
    expect(await page.textContent('.dg-figure-main dt')).toBe('年化利率（單利）');
    expect(context.offHost).toEqual([]);
    await context.close();
  });
});
