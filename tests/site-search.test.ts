/**
 * Search in a real browser: nothing of it loads before first use; `/`, Ctrl+K and the search box open the
 * dialog; Simplified, Traditional, pinyin and English queries reach the right page with the keyboard; `?q=`
 * opens the dialog with results; the open dialog passes axe-core; no request leaves the site's origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations, useSite } from '../site/tests/browser-harness.ts';

const site = useSite();
const { foreignRequests } = site;
const open = (width?: number) => site.open(width);

const dialogInput = (page: Page) => page.locator('dialog[open] input[role="combobox"]');

/** Types into the open dialog and waits until the first result is the expected page's title. */
async function searchFor(page: Page, query: string, firstTitle: RegExp) {
  await dialogInput(page).fill(query);
  await expect.poll(() => page.locator('#search-result-0 .search-result-title').textContent(), { timeout: 15_000 }).toMatch(firstTitle);
}

describe('site search', () => {
  it('loads nothing of search until it is used, then finds a Simplified query with the keyboard', async () => {
    const { page, requests, done } = await open();
    await page.goto(`${site.base}/zh-hans/rights/privacy/`);
    await page.waitForLoadState('load');
    expect(requests.filter((url) => /\/search\/[\w-]+\.json|open-search/.test(url))).toEqual([]);
    await page.keyboard.press('/');
    await searchFor(page, '上门催收', /明天上午10点上门/);
    expect(requests.some((url) => url.endsWith('/search/zh-hans.json'))).toBe(true);
    await expect(page.locator('#search-result-0 mark').count()).resolves.toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-result-1').getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zh-hans/rights/home-visits/');
    await done();
  });

  it('finds a Traditional query on the zh-hant site (Ctrl+K)', async () => {
    const { page, requests, done } = await open();
    await page.goto(`${site.base}/zh-hant/`);
    await page.keyboard.press('Control+k');
    await searchFor(page, '律師函', /律師函/);
    expect(requests.some((url) => url.endsWith('/search/zh-hant.json'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zh-hant/scenarios/lawyer-letter/');
    await done();
  });

  it('finds a pinyin query, opened from the search box with a tap-sized viewport', async () => {
    const { page, done } = await open(375);
    await page.goto(`${site.base}/zh-hans/hardship/`);
    await page.locator('form[data-search] input').click();
    await searchFor(page, 'baotongxunlu', /催收打电话给我爸妈/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zh-hans/scenarios/contacts-my-family/');
    await done();
  });

  it('finds an English query and closes with Escape', async () => {
    const { page, done } = await open();
    await page.goto(`${site.base}/en/`);
    // The search button opens the dialog (typing in the box would open it too, covering the button).
    await page.locator('form[data-search] button').click();
    await searchFor(page, 'jail', /Can I go to jail/);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await page.keyboard.press('/');
    await searchFor(page, 'jail', /Can I go to jail/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/rights/criminal-liability-myths/');
    await done();
  });

  it('opens the dialog with results from a ?q= link', async () => {
    const { page, done } = await open();
    await page.goto(`${site.base}/zh-hans/?q=${encodeURIComponent('上门催收')}`);
    await expect.poll(() => page.locator('#search-result-0 .search-result-title').textContent(), { timeout: 15_000 }).toMatch(/上门/);
    await expect(dialogInput(page).inputValue()).resolves.toBe('上门催收');
    await page.goto(`${site.base}/en/search/?q=lawyer+letter`);
    await expect.poll(() => page.locator('#search-result-0 .search-result-title').textContent(), { timeout: 15_000 }).toMatch(/lawyer's letter/);
    await done();
  });

  it.each([['zh-hans', '爆通讯录', /爆通讯录|家人/], ['en', 'home visit', /home/i]] as const)(
    'has no serious or critical axe violations with the %s dialog open',
    async (lang, query, first) => {
      const { page, done } = await open();
      await page.goto(`${site.base}/${lang}/scenarios/collector-threatens/`);
      await page.keyboard.press('/');
      await searchFor(page, query, first);
      expect(await seriousViolations(page)).toEqual([]);
      await done();
    },
  );

  it('made no request to any other host', () => {
    expect(foreignRequests).toEqual([]);
  });
});
