/** The letter generator on the letters/* pages in a real browser, over the built site. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTool, startToolSite, type ToolSite } from './site-tools-support.ts';

let site: ToolSite;
beforeAll(async () => {
  site = await startToolSite();
});
afterAll(async () => site?.close());

describe('letter generator', () => {
  it('fills the letter from the form, keeps the values over a reload, downloads and clears', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const url = `${site.origin}/zh-hans/letters/stop-third-party-contact/`;
    await openTool(page, url);
    await page.fill('#dg-letter-borrower_name', '李明');
    await page.fill('#dg-letter-phone', '13800000000');
    await page.fill('#dg-letter-lender_name', '某某消费金融有限公司');
    await page.fill('#dg-letter-contacted_persons', '我母亲');
    await page.selectOption('#dg-letter-preferred_channel', '只通过书面邮寄联系');
    await page.fill('#dg-letter-letter_date', '2026-11-24');
    const letter = page.locator('[data-testid=letter-text]');
    await expect.poll(() => letter.textContent()).toContain('本人李明，手机号13800000000');
    const text = (await letter.textContent()) ?? '';
    expect(text).toContain('致：某某消费金融有限公司');
    expect(text).toContain('被联系的人：我母亲');
    expect(text).toContain('只通过书面邮寄联系');
    expect(text).toContain('日期：2026年11月24日');
    expect(text).not.toContain('{{');
    expect(await page.textContent('.dg-letter .dg-warning')).toContain('联系的时间、方式和说了什么');
    expect(await page.getAttribute('#dg-letter-borrower_name', 'required')).not.toBeNull();

    await page.reload();
    await openTool(page, url);
    await expect.poll(() => page.inputValue('#dg-letter-borrower_name')).toBe('李明');
    expect(await page.inputValue('#dg-letter-preferred_channel')).toBe('只通过书面邮寄联系');
    expect(await letter.textContent()).toContain('本人李明');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("下载 .txt")')]);
    expect(download.suggestedFilename()).toBe('stop-third-party-contact.txt');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('本人李明，手机号13800000000');

    await page.click('.dg-letter button:has-text("忘掉我填写的内容")');
    await expect.poll(() => page.inputValue('#dg-letter-borrower_name')).toBe('');
    expect(await page.textContent('.dg-letter [role=status]')).toContain('已清空');
    await page.reload();
    await openTool(page, url);
    expect(await page.inputValue('#dg-letter-borrower_name')).toBe('');
    expect(context.offHost).toEqual([]);
    await context.close();
  });

  it('never keeps the ID number, and forgetting removes what was typed in every letter', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const url = `${site.origin}/zh-hans/letters/credit-objection/`;
    await openTool(page, url);
    await page.fill('#dg-letter-applicant_name', '李明');
    await page.fill('#dg-letter-id_number', '110101199003071234');
    await expect.poll(() => page.textContent('[data-testid=letter-text]')).toContain('身份证件号码：110101199003071234');
    expect(await page.textContent('#dg-letter-id_number-hint')).toContain('不会保存');
    const stored = () => page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('debtguide.letter.')));
    await expect.poll(async () => JSON.stringify(await stored())).toContain('李明');
    expect(JSON.stringify(await stored())).not.toContain('110101199003071234');
    await page.reload();
    await openTool(page, url);
    await expect.poll(() => page.inputValue('#dg-letter-applicant_name')).toBe('李明');
    expect(await page.inputValue('#dg-letter-id_number')).toBe('');

    await openTool(page, `${site.origin}/en/letters/hardship-request/`);
    await page.fill('#dg-letter-borrower_name', 'Li Ming');
    await expect.poll(async () => (await stored()).length).toBe(2);
    await page.click('.dg-letter button:has-text("Forget what I typed")');
    await expect.poll(async () => (await stored()).length).toBe(0);
    expect(await page.inputValue('#dg-letter-borrower_name')).toBe('');
    await openTool(page, url);
    expect(await page.inputValue('#dg-letter-applicant_name')).toBe('');
    await context.close();
  });

  it('shares values between the languages of a letter but keeps each language’s options', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await openTool(page, `${site.origin}/en/letters/hardship-request/`);
    await page.fill('#dg-letter-borrower_name', 'Li Ming');
    await page.selectOption('#dg-letter-proposed_plan', { index: 1 });
    await page.fill('#dg-letter-overdue_amount', '12000');
    await expect.poll(() => page.textContent('[data-testid=letter-text]')).toContain('RMB 12000');
    await openTool(page, `${site.origin}/zh-hant/letters/hardship-request/`);
    await expect.poll(() => page.inputValue('#dg-letter-borrower_name')).toBe('Li Ming');
    expect(await page.inputValue('#dg-letter-proposed_plan')).toBe('');
    expect(await page.textContent('[data-testid=letter-text]')).toContain('協商還款申請書');
    await openTool(page, `${site.origin}/en/letters/stop-third-party-contact/`);
    expect(await page.textContent('[data-testid=letter-text]')).toContain('\n\n1. Stop at once contacting the people above');
    await context.close();
  });
});
