import { describe, expect, it } from 'vitest';
import { buildPages } from './build-pages.ts';
import { readSourceFile } from './read-source-file.ts';

const text = `---
kind: tool
title: 年化利率计算器
summary: 把日利率换算成年化利率（单利）。
keywords: [年化利率]
reviewed: 2026-05-01
---

## 怎么用

输入“日利率”，见[规则](/rights/interest-limits/)。
`;

describe('buildPages', () => {
  it('makes a zh-hans page and its generated zh-hant page', () => {
    const { source } = readSourceFile({ path: 'zh-hans/tools/apr-calculator.md', text }, { today: '2026-06-01' });
    if (!source) throw new Error('should read');
    const [hans, hant] = buildPages(source);
    expect(hans).toMatchObject({ lang: 'zh-hans', url: '/zh-hans/tools/apr-calculator/', title: '年化利率计算器' });
    expect(hant).toMatchObject({ lang: 'zh-hant', url: '/zh-hant/tools/apr-calculator/', title: '年化利率計算器', file: 'zh-hans/tools/apr-calculator.md' });
    expect(hant?.keywords).toEqual(['年化利率']);
    expect(hant?.html).toContain('<h2 id="怎麼用">怎麼用</h2>');
    expect(hant?.html).toContain('輸入「日利率」，見<a href="/zh-hant/rights/interest-limits/">規則</a>。');
  });

  it('makes nothing from a file with invalid frontmatter', () => {
    const { source } = readSourceFile({ path: 'en/tools/x.md', text: '---\nkind: tool\n---\n' }, { today: '2026-06-01' });
    expect(source && buildPages(source)).toEqual([]);
  });
});
