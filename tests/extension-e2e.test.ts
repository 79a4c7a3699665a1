/**
 * The built Chrome extension (extension/.output/chrome-mv3, built by `pnpm run build`) in Debian Chromium,
 * on every public fixture page served at its real https URL from loopback.
 *
 * - On a lender domain, the panel appears exactly when the page is not `other`, with the lender and every
 *   APR; on `other` pages nothing is added to the page.
 * - Off the lender domains the content script does not run (the extension has no host access there): the
 *   page is left alone, and the toolbar button's "check this page" reports it instead.
 * - Single-page portals, the badge, first-view/minimised, muting and pausing, the popup's search and message
 *   checker; and not one request to an outside host.
 * - The true cost beside the advertised rate on lender pages of our own that show the amounts of a loan.
 *
 * Set DEBTGUIDE_SHOTS=/some/dir to save screenshots of the panel and the popup in zh-hans and en.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasPublicFixtures, readPublicJsonl } from '../shared/corpus/read-public-fixtures.ts';
import { getLender, lenderForUrl, lenderMatchPatterns } from '../shared/lenders/registry.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  aprText, type Browser, EXTENSION_DIR, type Fixture, httpsUrl, launchBrowser, loadFixtures, openPopupOn, panelState, type PageServer, resetSeenSites, setSettings,
  startPageServer, waitForAnalysis,
} from './extension-harness.ts';

const fixtures = loadFixtures();
const shots = process.env.DEBTGUIDE_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });

let server: PageServer;
let browser: Browser;

/** Pages with the amounts of a loan, written for the tests (shared/rates/fixtures): the true cost beside the advertised rate. */
const COST_FIXTURES_DIR = join(import.meta.dirname, '../shared/rates/fixtures');
const costPages = ['loan-confirm-service-fee-hans', 'membership-guarantee-fee-hant', 'processing-fee-insurance-en', 'fee-timing-unclear-hant'].map((name) => ({
  name,
  html: readFileSync(join(COST_FIXTURES_DIR, `${name}.html`), 'utf8'),
  expected: JSON.parse(readFileSync(join(COST_FIXTURES_DIR, `${name}.json`), 'utf8')) as { url: string; cost: { apr: number } | null; rates: { apr: number }[] },
}));

/** Test pages beyond the fixtures: a collection notice on a lender's own domain, and a single-page portal. */
const agencyNotice = fixtures.find((f) => f.name === 'meituan-agency-notice');
const LENDER_NOTICE_URL = 'https://h5.meituan.com/notice/8Kq2Xz';
const SPA_URL = 'https://m.webank.com/app/';
const SPA_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>微众银行</title></head><body>
<div id="app">加载中…</div>
<script>
const overdue = '<h1>微粒贷 借款详情</h1><p>您有1笔借款已逾期2天，请尽快还款。逾期期间将按合同约定计收罚息，逾期信息将依法报送征信。</p><p>借款利率：日利率0.05%</p><p>当前应还合计 1,030.00元</p>';
setTimeout(() => { document.getElementById('app').innerHTML = overdue; }, 600);
window.goHome = () => { history.pushState({}, '', '/app/about'); document.getElementById('app').innerHTML = '<h1>关于我们</h1><p>微众银行是一家民营银行，总部位于深圳前海，欢迎加入我们的团队。</p>'; };
</script></body></html>`;

function isLenderHost(url: string): boolean {
  return lenderForUrl(url) !== undefined;
}

/** Opens `url` and waits until the content script has read it (lender hosts) or the page has settled. */
async function visit(url: string, analyses = 1): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (isLenderHost(url)) expect(await waitForAnalysis(page, analyses), `content script read ${url}`).toBe(true);
  else await page.waitForTimeout(300);
  return page;
}

async function badgeOfActiveTab(): Promise<string> {
  return browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> }; action: { getBadgeText(d: object): Promise<string> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '?' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
}

beforeAll(async () => {
  server = await startPageServer();
  for (const fixture of fixtures) server.route(httpsUrl(fixture.url), fixture.html);
  if (agencyNotice) server.route(LENDER_NOTICE_URL, agencyNotice.html);
  server.route(SPA_URL, SPA_HTML);
  for (const page of costPages) server.route(page.expected.url, page.html);
  browser = await launchBrowser({ port: server.port, debug: true });
  await setSettings(browser, { lang: 'en' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks for storage, activeTab and scripting only, and no host permission beyond the content script; every site only as an option', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs the content script on the lender domains of the registry, and nowhere else', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...lenderMatchPatterns()].sort());
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|"tabs"/);
  });
});

describe.skipIf(!hasPublicFixtures)('fixture pages', () => {
  it('has the public fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(14));

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture: Fixture) => {
    const url = httpsUrl(fixture.url);
    const page = await visit(url);
    const known = new Set((fixture.html.match(/<([a-z]+-[a-z0-9-]+)/gi) ?? []).map((tag) => tag.slice(1).toLowerCase()));
    const added = await page.evaluate(
      (tags) => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot || (e.tagName.includes('-') && !tags.includes(e.tagName.toLowerCase()))).length,
      [...known],
    );
    const state = await panelState(page);
    const shouldShow = fixture.pageKind !== 'other' && isLenderHost(url);
    expect(added > 0, 'something shown').toBe(shouldShow);
    if (shouldShow) {
      expect(state.present).toBe(true);
      for (const rate of fixture.rates) expect(state.text).toContain(aprText(rate.apr));
      for (const rate of fixture.rates) expect(state.text).toContain(rate.quote);
      expect(state.text).toContain('annualised, simple');
      const lender = fixture.lender ? getLender(fixture.lender) : undefined;
      if (lender) expect(state.text).toContain(lender.names.en[0]);
      await shot(page, `panel-${fixture.name}-en`);
    }
    await page.close();
  });
});

describe.skipIf(!hasPublicFixtures)('the toolbar button on pages off the lender domains ("check this page")', () => {
  const offLender = fixtures.filter((f) => f.pageKind !== 'other' && !isLenderHost(f.url));

  it.each(offLender.map((f) => [f.name, f] as const))('%s', async (_name, fixture: Fixture) => {
    const page = await visit(httpsUrl(fixture.url));
    const { popup, done } = await openPopupOn(browser, page);
    await popup.click('#dg-tab-page');
    await popup.click('.dg-page-check .dg-button');
    const report = popup.locator('.dg-page-result .dg-report');
    await report.waitFor({ timeout: 5000 });
    expect(await report.getAttribute('data-kind')).toBe(fixture.pageKind);
    const text = await report.innerText();
    for (const rate of fixture.rates) expect(text).toContain(aprText(rate.apr));
    if (fixture.pageKind === 'relief-scam') expect(text).toContain('Paid debt-relief scheme');
    await done();
    await page.close();
  });
});

describe.skipIf(!hasPublicFixtures)('panel behaviour', () => {
  it('shows a collection notice on a lender domain with the flags and their evidence', async () => {
    const page = await visit(LENDER_NOTICE_URL);
    const state = await panelState(page);
    expect(state.present).toBe(true);
    expect(state.text).toContain('Collection notice');
    const evidence = await page.locator('debt-guide-panel .dg-evidence').allInnerTexts();
    expect(evidence.length).toBeGreaterThan(0);
    await page.close();
  });

  it('opens on the first visit to a site, then starts minimised, with the findings still in its text', async () => {
    await resetSeenSites(browser);
    const url = 'https://www.icbc.com.cn/page/personal/loan/rongejie/index.html';
    const first = await visit(url);
    expect((await panelState(first)).expanded).toBe(true);
    await first.close();
    const second = await visit(url);
    const state = await panelState(second);
    expect(state.present && !state.expanded).toBe(true);
    expect(state.visibleText).toContain('Debt Guide');
    expect(state.text).toContain('3.45');
    await second.locator('debt-guide-panel .dg-tab').click();
    expect((await panelState(second)).expanded).toBe(true);
    await second.locator('debt-guide-panel .dg-icon').last().click();
    expect((await panelState(second)).present).toBe(false);
    await second.close();
  });

  it('sets the toolbar badge to the number of findings', async () => {
    const page = await visit('https://loan.mybank.cn/overdue/detail.htm?loanNo=WS2024110800000');
    await page.bringToFront();
    expect(await badgeOfActiveTab()).toBe('2');
    await page.close();
  });

  it('reads a single-page portal again after DOM changes and in-page navigation', async () => {
    const page = await visit(SPA_URL);
    expect((await panelState(page)).present).toBe(false);
    expect(await waitForAnalysis(page, 2)).toBe(true);
    const state = await panelState(page);
    expect(state.present).toBe(true);
    expect(state.text).toContain('18.25');
    await page.evaluate(() => (window as unknown as { goHome(): void }).goHome());
    await page.waitForFunction(() => !document.querySelector('debt-guide-panel'), undefined, { timeout: 5000 });
    await page.close();
  });

  it('stays silent on a muted site, and everywhere while paused', async () => {
    const url = 'https://www.webank.com/product/weilidai/';
    await setSettings(browser, { lang: 'en', mutedSites: ['webank.com'] });
    let page = await visit(url);
    expect((await panelState(page)).present).toBe(false);
    await setSettings(browser, { lang: 'en', paused: true });
    await page.reload();
    await waitForAnalysis(page);
    expect((await panelState(page)).present).toBe(false);
    await page.close();
    await setSettings(browser, { lang: 'en' });
    page = await visit(url);
    expect((await panelState(page)).present).toBe(true);
    await page.close();
  });

  it("mutes a site from the panel's own button and from the options page", async () => {
    const url = 'https://render.alipay.com/p/c/huabei-bill/index.html?month=2025-06';
    const page = await visit(url);
    const host = page.locator('debt-guide-panel');
    if (!(await panelState(page)).expanded) await host.locator('.dg-tab').click();
    await host.locator('.dg-text-button').click();
    await page.waitForFunction(() => !document.querySelector('debt-guide-panel'), undefined, { timeout: 5000 });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-site]').getAttribute('data-site')).toBe('alipay.com');
    await options.locator('[data-site="alipay.com"] button').click();
    await options.fill('#dg-mute-input', 'https://cc.cmbchina.com/');
    await options.press('#dg-mute-input', 'Enter');
    await expect.poll(() => options.locator('[data-site]').allInnerTexts()).toEqual([expect.stringContaining('cc.cmbchina.com')]);
    const muted = await visit('https://cc.cmbchina.com/Promotion/installment/bill.htm');
    expect((await panelState(muted)).present).toBe(false);
    await Promise.all([muted.close(), options.close(), page.close()]);
    await setSettings(browser, { lang: 'en' });
  });
});

describe('the true cost on a lender page that shows the amounts', () => {
  it('shows the true rate beside the advertised one, loudly when they differ by a point or more, in each language', async () => {
    for (const lang of ['zh-hans', 'en'] as const) {
      await setSettings(browser, { lang });
      await resetSeenSites(browser);
      const page = await visit(costPages[0]?.expected.url ?? '');
      expect((await panelState(page)).expanded).toBe(true);
      const state = await panelState(page);
      expect(state.present).toBe(true);
      const cost = page.locator('debt-guide-panel .dg-cost');
      expect(await cost.getAttribute('data-standing')).toBe('higher');
      expect(await cost.getAttribute('class')).toContain('dg-cost-loud');
      const text = await cost.innerText();
      expect(text).toContain('56.75%');
      expect(text).toContain(lang === 'en' ? '38.50 points more than the 日利率0.05% (18.25%)' : '比页面写的 日利率0.05%（18.25%）高出 38.50 个百分点');
      expect(text).toContain(lang === 'en' ? 'annualised, simple' : '年化利率（单利）');
      expect(await cost.locator('a').getAttribute('href')).toMatch(new RegExp(`/${lang}/tools/apr-calculator/#what-i-pay$`));
      await shot(page, `panel-true-cost-${lang}`);
      await page.setViewportSize({ width: 375, height: 720 });
      await shot(page, `panel-true-cost-${lang}-narrow`);
      await page.close();
    }
    await setSettings(browser, { lang: 'en' });
  });

  it.each(costPages.slice(1).map((p) => [p.name, p] as const))('%s', async (_name, { expected }) => {
    const page = await visit(expected.url);
    const cost = page.locator('debt-guide-panel .dg-cost');
    if (expected.cost === null) {
      expect((await panelState(page)).present).toBe(true);
      expect(await cost.count()).toBe(0);
    } else {
      expect(await cost.innerText()).toContain(`${expected.cost.apr.toFixed(2)}%`);
      expect(await cost.getAttribute('data-standing')).toBe('higher');
    }
    await page.close();
  });
});

describe.skipIf(!hasPublicFixtures)('popup', () => {
  const queries = readPublicJsonl<{ q: string; lang: 'zh-hans' | 'zh-hant' | 'en'; expect: string[] }>('search-queries.jsonl');
  const sample = [...queries.filter((q) => q.lang === 'zh-hans').slice(0, 4), ...queries.filter((q) => q.lang !== 'zh-hans')];

  it.each(sample.map((q) => [q.q, q] as const))('finds the right guide for %s', async (_q, query) => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.selectOption('#dg-lang', query.lang);
    await popup.fill('#dg-search-input', query.q);
    await popup.locator('.dg-result').first().waitFor({ timeout: 10_000 });
    const slugs = (await popup.locator('.dg-result').evaluateAll((items) => items.map((item) => item.getAttribute('data-slug')))).slice(0, 5);
    expect(slugs.some((slug) => slug && query.expect.includes(slug)), `${slugs.join(', ')}`).toBe(true);
    const href = await popup.locator('.dg-result a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:4321/${query.lang}/[a-z-]+/[a-z0-9-]+/$`));
    await popup.close();
    await setSettings(browser, { lang: 'en' });
  });

  it('checks a pasted collection message', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.click('#dg-tab-message');
    await popup.fill('#dg-message-text', '再不还钱就打电话给你所有联系人，让你全家都知道你是老赖');
    await popup.fill('#dg-message-at', '2026-01-05T23:10');
    await popup.click('.dg-message .dg-button');
    await popup.locator('[data-rule]').first().waitFor();
    const rules = await popup.locator('[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    expect(rules).toContain('contacts-third-parties');
    expect(rules).toContain('odd-hours');
    await popup.close();
  });
});

describe.skipIf(!hasPublicFixtures)('screenshots', () => {
  it.skipIf(!shots)('of the panel and the popup in zh-hans and en', async () => {
    for (const lang of ['zh-hans', 'en'] as const) {
      await setSettings(browser, { lang });
      await resetSeenSites(browser);
      for (const [name, url] of [
        ['overdue', 'https://loan.mybank.cn/overdue/detail.htm?loanNo=WS2024110800000'],
        ['loan-offer', 'https://cc.cmbchina.com/Promotion/installment/bill.htm'],
        ['collection-notice', LENDER_NOTICE_URL],
      ] as const) {
        const page = await visit(url);
        await shot(page, `panel-${name}-${lang}`);
        if (name === 'overdue') {
          await page.setViewportSize({ width: 375, height: 720 });
          await shot(page, `panel-${name}-${lang}-narrow`);
        }
        await page.close();
      }
      for (const [name, url] of [
        ['relief-scam', 'https://www.anxin-zhaiwu.com/tingxi.html'],
        ['collection-notice', 'https://h5.xinda-tiaojie.cn/n/8Kq2Xz'],
      ] as const) {
        const page = await visit(url);
        const { popup, done } = await openPopupOn(browser, page);
        await popup.click('#dg-tab-page');
        await popup.click('.dg-page-check .dg-button');
        await popup.locator('.dg-page-result .dg-report').waitFor();
        await shot(popup, `popup-check-${name}-${lang}`);
        await done();
        await page.close();
      }
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 416, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.fill('#dg-search-input', lang === 'en' ? 'collector calls my family' : '催收打电话给我爸妈怎么办');
      await popup.locator('.dg-result').first().waitFor();
      await shot(popup, `popup-search-${lang}`);
      await popup.click('#dg-tab-message');
      await popup.fill('#dg-message-text', '你再不还钱，我们就上门找你家人，已经立案了，三天内强制执行');
      await popup.click('.dg-message .dg-button');
      await popup.locator('[data-rule]').first().waitFor();
      await shot(popup, `popup-message-${lang}`);
      await popup.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await popup.setViewportSize({ width: 800, height: 720 });
      await popup.locator('.dg-options').waitFor();
      await shot(popup, `options-${lang}`);
      await popup.close();
    }
    await setSettings(browser, { lang: 'en' });
  });
});

describe.skipIf(!hasPublicFixtures)('privacy', () => {
  it('saw every request (the recorder is not blind)', () => {
    expect(browser.requests).toContain(httpsUrl('https://loan.mybank.cn/overdue/detail.htm?loanNo=WS2024110800000'));
    // the fixture page's own script on an outside host is seen (and answered by the loopback server)
    expect(browser.requests.some((url) => url.startsWith('https://gw.alipayobjects.com/'))).toBe(true);
  });

  it('made no request to an outside host', () => {
    const pageHtml = fixtures.map((f) => f.html).join('\n');
    const origins = new Set([...fixtures.map((f) => new URL(httpsUrl(f.url)).origin), new URL(SPA_URL).origin, new URL(LENDER_NOTICE_URL).origin, ...costPages.map((p) => new URL(p.expected.url).origin)]);
    const outside = browser.requests.filter((url) => {
      if (/^(chrome-extension|data|blob|about):/.test(url)) return false;
      const parsed = new URL(url);
      if (origins.has(parsed.origin)) return false;
      return !pageHtml.includes(parsed.pathname); // the fixture page's own scripts, not the extension's
    });
    expect(outside).toEqual([]);
  });
});
