import { describe, expect, it } from 'vitest';
import { checkMessage } from './check-message.ts';

const topicsOf = (text: string) => checkMessage(text).topics.map((t) => t.topic);

describe('message topics', () => {
  it('recognises an announced visit, a lawsuit, an agency, a deadline and the credit report', () => {
    expect(topicsOf('外访人员已经出发，今天到你户籍地')).toContain('home-visit');
    expect(topicsOf('我们将依法向法院提起诉讼')).toEqual(['lawsuit']);
    expect(topicsOf('您的账单已委外给第三方机构处理')).toEqual(['debt-transferred']);
    expect(topicsOf('限你24小时内还清')).toEqual(['pay-today']);
    expect(topicsOf('必须结清今天的欠款')).toEqual(['pay-today']);
    expect(topicsOf('逾期将上报征信')).toEqual(['credit-report']);
    expect(topicsOf('Your account has been assigned to a collection agency; we may take legal action.')).toEqual(['lawsuit', 'debt-transferred']);
  });

  it('gives evidence from the original text, with guides', () => {
    const [topic] = checkMessage('已 经 安 排 上 门').topics;
    expect(topic).toMatchObject({ topic: 'home-visit', evidence: '上 门' });
    expect(topic?.guides).toContain('rights/home-visits');
  });

  it('stays quiet on denials and on ordinary reminders', () => {
    expect(topicsOf('我们不会上门，也不会起诉')).toEqual([]);
    expect(topicsOf('您本月账单1200元，请于还款日前通过APP还款')).toEqual([]);
    expect(topicsOf('请尽快还款')).toEqual([]);
  });

  it('raises topics beside flags: a message can need both', () => {
    const result = checkMessage('再不还钱明天就去你单位找领导，顺便上门拜访');
    expect(result.flags.map((f) => f.rule)).toContain('contacts-third-parties');
    expect(result.topics.map((t) => t.topic)).toContain('home-visit');
  });
});
