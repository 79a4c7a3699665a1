/** The evidence log in a real browser, over the built site: IndexedDB, export, import, merge. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTool, startToolSite, type ToolSite } from './site-tools-support.ts';

let site: ToolSite;
beforeAll(async () => {
  site = await startToolSite();
});
afterAll(async () => site?.close());

async function addEntry(page: Page, entry: { at: string; channel: string; from: string; said?: string; message?: string }) {
  await page.fill('#dg-evidence-at', entry.at);
  await page.selectOption('#dg-evidence-channel', entry.channel);
  await page.fill('#dg-evidence-from', entry.from);
  if (entry.said) await page.fill('#dg-evidence-said', entry.said);
  if (entry.message) await page.fill('#dg-evidence-message', entry.message);
  await page.click('.dg-evidence-form button[type=submit]');
}

const entries = (page: Page) => page.locator('[data-testid=evidence-list] > li');
const importFile = (page: Page, name: string, text: string) =>
  page.setInputFiles('[data-testid=evidence-import]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('evidence log', () => {
  it('records, survives a reload, exports, refuses a bad file and merges an export without duplicates', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const url = `${site.origin}/zh-hans/tools/evidence-log/`;
    await openTool(page, url);
    await addEntry(page, { at: '2026-01-05T23:10', channel: 'sms', from: '10690000', message: '再不还钱就找人收拾你，还要打电话给你所有联系人' });
    await expect.poll(() => entries(page).count()).toBe(1);
    await addEntry(page, { at: '2026-01-07T10:00', channel: 'phone', from: '13900000000', said: '自称律师，说已经立案' });
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(await entries(page).first().textContent()).toContain('13900000000');
    expect(await page.locator('[data-rule=threat]').count()).toBe(1);

    await page.reload();
    await openTool(page, url);
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(await entries(page).nth(1).textContent()).toContain('在22:00到次日8:00之间');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出 JSON 文件")')]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'debtguide-evidence-log', version: 1 });
    expect(file.entries).toHaveLength(2);

    const bad = structuredClone(file);
    bad.entries[1].channel = 'fax';
    bad.entries.push({ ...file.entries[0], id: 'new-entry-000000', at: 'yesterday' });
    await importFile(page, 'bad.json', JSON.stringify(bad));
    const error = page.locator('[data-testid=evidence-import-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain('没有导入');
    expect(await error.textContent()).toContain('第2条记录的“channel”');
    expect(await error.textContent()).toContain('第3条记录的“at”');
    await importFile(page, 'notes.json', 'not json at all');
    await expect.poll(() => error.textContent()).toContain('不是有效的 JSON 文件');
    expect(await entries(page).count()).toBe(2);

    await importFile(page, 'export.json', exported);
    await expect.poll(() => page.textContent('[data-testid=evidence-import-report]')).toContain('新增0条，更新0条，2条原来就有');
    expect(await entries(page).count()).toBe(2);

    await page.click('button:has-text("生成投诉摘要")');
    const summary = await page.inputValue('#dg-evidence-summary');
    expect(summary).toContain('共2次联系');
    expect(summary).toContain('威胁人身或财产安全1次');
    expect(context.offHost).toEqual([]);
    await context.close();
  });

  it('imports into an empty log, edits and deletes', async () => {
    const source = await site.newContext();
    const first = await source.newPage();
    await openTool(first, `${site.origin}/en/tools/evidence-log/`);
    await addEntry(first, { at: '2026-02-01T09:00', channel: 'visit', from: 'my building', said: 'Two men said they would wait at my door.' });
    await expect.poll(() => entries(first).count()).toBe(1);
    const [download] = await Promise.all([first.waitForEvent('download'), first.click('button:has-text("Export JSON file")')]);
    const exported = readFileSync((await download.path())!, 'utf8');
    await source.close();

    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/en/tools/evidence-log/`);
    await importFile(page, 'export.json', exported);
    await expect.poll(() => page.textContent('[data-testid=evidence-import-report]')).toContain('1 new, 0 updated, 0 already here');
    await page.click('[data-testid=evidence-list] button:has-text("Edit")');
    await expect.poll(() => page.inputValue('#dg-evidence-said')).toContain('Two men');
    await page.fill('#dg-evidence-said', 'Two men waited at my door for an hour.');
    await page.click('button:has-text("Save changes")');
    await expect.poll(() => entries(page).first().textContent()).toContain('for an hour');
    expect(await entries(page).count()).toBe(1);

    await importFile(page, 'export.json', exported);
    await expect.poll(() => page.textContent('[data-testid=evidence-import-report]')).toContain('0 new, 0 updated, 1 already here');
    expect(await entries(page).first().textContent()).toContain('for an hour');

    await page.click('[data-testid=evidence-list] button:has-text("Delete")');
    await page.click('button:has-text("Yes, delete")');
    await expect.poll(() => entries(page).count()).toBe(0);
    await page.reload();
    await openTool(page, `${site.origin}/en/tools/evidence-log/`);
    await expect.poll(() => page.textContent('.dg-entries')).toContain('No records yet');
    expect(context.offHost).toEqual([]);
    await context.close();
  });
});
