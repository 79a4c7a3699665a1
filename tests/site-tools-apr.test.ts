/** The APR calculator in a real browser, over the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTool, screenshot, seriousViolations, startToolSite, type ToolSite } from './site-tools-support.ts';

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

  it('works out what I actually pay: 10,000 with 1,000 taken at payout and 12 × 1,000 is 56.75%, beside the advertised 18.25%', async () => {
    const context = await site.newContext({ width: 375 });
    const page = await context.newPage();
    await openTool(page, `${site.origin}/zh-hans/tools/apr-calculator/`);
    await page.check('input[name=dg-apr-view][value=plan]');
    await page.fill('#dg-plan-principal', '10,000');
    await page.fill('#dg-plan-upfrontFee', '1000');
    await page.fill('#dg-plan-payment', '1000');
    await page.fill('#dg-plan-terms', '12');
    await page.fill('#dg-plan-advertised', '日利率0.05%');
    await expect.poll(() => page.textContent('[data-testid=plan-apr]')).toBe('56.75%');
    expect(await page.textContent('.dg-plan .dg-figure-main dt')).toBe('真实年化利率（单利）');
    expect(await page.textContent('[data-testid=plan-compounded]')).toBe('74.11%');
    expect(await page.textContent('[data-testid=plan-received]')).toBe('¥9,000.00');
    expect(await page.textContent('[data-testid=plan-comparison]')).toContain('高出38.50个百分点');
    expect(await page.textContent('[data-testid=plan-sentence]')).toBe(
      '按实际到账和还款计算，年化利率（单利）为56.75%，不是页面写的日利率0.05%（折合年化18.25%）。实际到账¥9,000.00，12期共还¥12,000.00，借款成本¥3,000.00。',
    );
    const lines = await page.locator('.dg-line').allTextContents();
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toContain('高于这条线');
    expect(await page.locator('.dg-plan .dg-table tbody tr').count()).toBe(12);
    expect(await page.locator('.dg-plan .dg-chart svg polyline').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'apr-plan-zh-hans-phone');
    await page.fill('#dg-plan-payment', 'lots');
    await expect.poll(() => page.textContent('#dg-plan-payment-error')).toContain('看不懂这个金额');
    expect(await page.getAttribute('#dg-plan-payment', 'aria-invalid')).toBe('true');
    expect(context.offHost).toEqual([]);
    await context.close();
  });

  it("opens on #what-i-pay in English and Traditional, with the People's Bank example (12.80%, 13.58%) and a fee each month", async () => {
    const context = await site.newContext({ width: 375 });
    const page = await context.newPage();
    await openTool(page, `${site.origin}/en/tools/apr-calculator/#what-i-pay`);
    await page.waitForSelector('#dg-plan-principal');
    await page.fill('#dg-plan-principal', '100000');
    await page.fill('#dg-plan-upfrontFee', '1000');
    await page.fill('#dg-plan-payment', '8833.33');
    await expect.poll(() => page.textContent('[data-testid=plan-apr]')).toBe('12.80%');
    expect(await page.textContent('[data-testid=plan-compounded]')).toBe('13.58%');
    expect(await page.textContent('.dg-plan .dg-figure-main dt')).toBe('True annualised rate (simple)');
    expect(await page.textContent('[data-testid=plan-sentence]')).toContain('the annualised rate (simple) is 12.80%');
    await page.fill('#dg-plan-advertised', '12.5');
    await expect.poll(() => page.textContent('[data-testid=plan-comparison]')).toContain('Within a point');
    await screenshot(page, 'apr-plan-en-phone');
    await page.goto(`${site.origin}/zh-hant/tools/apr-calculator/#what-i-pay`);
    await page.waitForSelector('#dg-plan-principal');
    await page.fill('#dg-plan-principal', '20000');
    await page.fill('#dg-plan-upfrontFee', '299');
    await page.fill('#dg-plan-payment', '1776.98');
    await page.fill('#dg-plan-monthlyFee', '60');
    await page.fill('#dg-plan-advertised', '12%');
    await expect.poll(() => page.textContent('[data-testid=plan-apr]')).toBe('21.27%');
    expect(await page.textContent('.dg-plan .dg-figure-main dt')).toBe('真實年化利率（單利）');
    expect(await page.textContent('[data-testid=plan-comparison]')).toContain('高出9.27個百分點');
    await screenshot(page, 'apr-plan-zh-hant-phone');
    expect(context.offHost).toEqual([]);
    await context.close();
  });
});
