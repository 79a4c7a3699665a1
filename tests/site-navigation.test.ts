/**
 * The built site in a real browser: from home to an article, the language switch, the root redirect,
 * mobile width without horizontal scrolling, accessibility (axe-core: no serious or critical violation) and
 * no request to any host but the site's own.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations, useSite } from '../site/tests/browser-harness.ts';

const site = useSite();
const { foreignRequests } = site;
const open = (width?: number) => site.open(width);

describe('site navigation', () => {
  it('goes from the home page to an article through a triage entry', async () => {
    const { page, done } = await open(375);
    await page.goto(`${site.base}/zh-hans/`);
    await page.getByRole('link', { name: /说要联系我的家人/ }).click();
    await page.waitForURL('**/zh-hans/scenarios/contacts-my-family/');
    await expect(page.locator('h1').textContent()).resolves.toContain('催收打电话给我爸妈');
    await expect(page.locator('.sources li').count()).resolves.toBeGreaterThan(0);
    await done();
  });

  it('goes from an English section index to its article', async () => {
    const { page, done } = await open();
    await page.goto(`${site.base}/en/rights/`);
    await page.getByRole('link', { name: /Can I go to jail/ }).click();
    await page.waitForURL('**/en/rights/criminal-liability-myths/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await done();
  });

  it('keeps the page when switching language', async () => {
    const { page, done } = await open();
    await page.goto(`${site.base}/zh-hans/rights/privacy/`);
    await page.locator('.lang-switch').getByRole('link', { name: '繁體' }).click();
    await page.waitForURL('**/zh-hant/rights/privacy/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/個人信息/);
    await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/rights/privacy/');
    await page.locator('.lang-switch').getByRole('link', { name: '简体' }).click();
    await page.waitForURL('**/zh-hans/rights/privacy/');
    await done();
  });

  it('sends / to the Simplified Chinese home', async () => {
    const { page, done } = await open();
    await page.goto(`${site.base}/`);
    await page.waitForURL('**/zh-hans/');
    await expect(page.locator('h1').textContent()).resolves.toContain('先弄清你的权利');
    await done();
  });

  it('has no horizontal scrolling at 375 px', async () => {
    const { page, done } = await open(375);
    for (const path of ['/zh-hans/', '/en/', '/zh-hans/products/cmb-credit-card/', '/en/letters/complaint-12378/', '/zh-hant/channels/', '/en/search/']) {
      await page.goto(site.base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await done();
  });

  it.each(['zh-hans', 'en'])('has no serious or critical axe violations on the %s home and an article', async (lang) => {
    const { page, done } = await open();
    for (const path of [`/${lang}/`, `/${lang}/scenarios/contacts-my-family/`, `/${lang}/rights/`]) {
      await page.goto(site.base + path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await done();
  });

  it('made no request to any other host', () => {
    expect(foreignRequests).toEqual([]);
  });
});
