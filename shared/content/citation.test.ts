import { describe, expect, it } from 'vitest';
import { citationSchema } from './citation.ts';

const ok = { document: '《中华人民共和国民法典》', confidence: 'secondary', binding: 'law' } as const;

describe('citationSchema', () => {
  it.each([
    '第一千零三十二条', '第十条第二款', '第 25 条', '第三章第二节', '第十条、第十一条', '第十条至第十二条', '第二百九十三条之一',
    '第四十条第（三）项', '第40条第3项', 'Art. 42', 'Arts. 15, 16, 25', 'Arts. 6, 10, 13–15, 23', 'Art. 293-1',
  ])('accepts article %s', (article) => {
    expect(citationSchema.safeParse({ ...ok, article }).success).toBe(true);
  });

  it.each(['Article 10', '十条', '第十', 'art. 25', 'Arts.', '第十条 and more'])('rejects article %s', (article) => {
    expect(citationSchema.safeParse({ ...ok, article }).success).toBe(false);
  });

  it('wants the official Chinese title in 《》, with a number or translation around it if need be', () => {
    expect(citationSchema.safeParse({ ...ok, document: '《关于加强消费者权益保护的通知》（银保监办发〔2022〕1号）' }).success).toBe(true);
    expect(citationSchema.safeParse({ ...ok, document: 'Civil Code (《民法典》)' }).success).toBe(true);
    expect(citationSchema.safeParse({ ...ok, document: '民法典' }).success).toBe(false);
    expect(citationSchema.safeParse({ ...ok, document: 'Civil Code of the PRC' }).success).toBe(false);
  });

  it('takes only http(s) urls and known confidence and binding values', () => {
    expect(citationSchema.safeParse({ ...ok, url: 'https://flk.npc.gov.cn/' }).success).toBe(true);
    expect(citationSchema.safeParse({ ...ok, url: 'ftp://x.cn/' }).success).toBe(false);
    expect(citationSchema.safeParse({ ...ok, confidence: 'sure' }).success).toBe(false);
    expect(citationSchema.safeParse({ ...ok, binding: 'rumour' }).success).toBe(false);
  });
});
