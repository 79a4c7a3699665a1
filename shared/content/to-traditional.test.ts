import { describe, expect, it } from 'vitest';
import { toTraditional, toTraditionalFrontmatter, withTraditional } from './to-traditional.ts';
import { frontmatterSchema } from './frontmatter.ts';

describe('toTraditional', () => {
  it('converts characters and keeps mainland terms (names of laws stay quotable)', () => {
    expect(toTraditional('《中华人民共和国个人信息保护法》第十条')).toBe('《中華人民共和國個人信息保護法》第十條');
    expect(toTraditional('催收人员发短信威胁你')).toBe('催收人員發短信威脅你');
    expect(toTraditional('征信报告')).toBe('徵信報告');
  });

  it('picks the right character where one Simplified form has two Traditional ones', () => {
    expect(toTraditional('头发、发现、干部、干净')).toBe('頭髮、發現、幹部、乾淨');
  });

  it('turns paired curly quotes into corner brackets and leaves apostrophes alone', () => {
    expect(toTraditional('以“爆通讯录”相威胁，‘暴力’催收')).toBe('以「爆通訊錄」相威脅，『暴力』催收');
    expect(toTraditional('don’t')).toBe('don’t');
  });

  it('leaves Markdown, links and placeholders alone', () => {
    const source = '## 信函\n\n[投诉](/channels/nfra-12378/) {{lenderName}} **注意**';
    expect(toTraditional(source)).toBe('## 信函\n\n[投訴](/channels/nfra-12378/) {{lenderName}} **注意**');
  });
});

describe('withTraditional', () => {
  it('puts the Traditional forms first and keeps the Simplified ones, without repeats', () => {
    expect(withTraditional(['借呗', '12378', 'MYbank'])).toEqual(['借唄', '12378', 'MYbank', '借呗']);
  });
});

describe('toTraditionalFrontmatter', () => {
  it('converts what a reader sees and keeps ids, slugs, dates and urls', () => {
    const zh = frontmatterSchema.parse({
      kind: 'letter',
      title: '要求停止联系第三方',
      summary: '书面要求贷款机构停止骚扰。',
      keywords: ['联系家人'],
      related: ['rights/third-party-contact'],
      reviewed: '2026-05-20',
      citations: [{ document: '《个人信息保护法》', article: '第十条', confidence: 'verified', binding: 'law', url: 'https://www.npc.gov.cn/' }],
      fields: [{ name: 'channel', type: 'select', label: '联系方式', options: ['电话', '短信'] }],
    });
    const hant = toTraditionalFrontmatter(zh);
    expect(hant).toMatchObject({
      title: '要求停止聯繫第三方',
      summary: '書面要求貸款機構停止騷擾。',
      keywords: ['聯繫家人', '联系家人'],
      related: ['rights/third-party-contact'],
      reviewed: '2026-05-20',
      citations: [{ document: '《個人信息保護法》', article: '第十條', url: 'https://www.npc.gov.cn/' }],
      fields: [{ name: 'channel', label: '聯繫方式', options: ['電話', '短信'] }],
    });
  });
});
