import { describe, expect, it } from 'vitest';
import { extractArticles } from './extract-articles.ts';

const markdown = `# 中华人民共和国某法

<!-- INFO END -->

## 第一章 总则

第一条 为了保护个人信息权益，制定本法。

第二条 自然人的个人信息受法律保护。
任何组织、个人不得侵害自然人的个人信息权益。

### 第一节 一般规定

第二百九十三条之一\u3000有下列情形之一，催收高利放贷等产生的非法债务，情节严重的：
（一）使用暴力、胁迫方法的；

第三条
本法自公布之日起施行。
`;

describe('extractArticles', () => {
  it('reads each article with its paragraphs, headings and chapter lines left out', () => {
    const articles = extractArticles(markdown);
    expect([...articles.keys()]).toEqual(['1', '2', '293-1', '3']);
    expect(articles.get('2')).toEqual(['自然人的个人信息受法律保护。', '任何组织、个人不得侵害自然人的个人信息权益。']);
    expect(articles.get('293-1')).toEqual(['有下列情形之一，催收高利放贷等产生的非法债务，情节严重的：', '（一）使用暴力、胁迫方法的；']);
    expect(articles.get('3')).toEqual(['本法自公布之日起施行。']);
  });

  it('does not run an article into the chapter after it', () => {
    const articles = extractArticles('第一条 甲。\n第二章 乙\n丙。\n第二条 丁。');
    expect(articles.get('1')).toEqual(['甲。']);
    expect(articles.get('2')).toEqual(['丁。']);
  });
});
