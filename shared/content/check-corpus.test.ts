import { describe, expect, it } from 'vitest';
import { checkCorpus } from './check-corpus.ts';
import { formatProblem } from './problem.ts';
import { readSourceFile } from './read-source-file.ts';

const page = (lender: string) => `---
kind: product
title: ${lender} product
summary: s
keywords: [k]
lender: ${lender}
product: weilidai
reviewed: 2026-05-01
citations:
  - document: 《征信业管理条例》
    confidence: verified
    binding: regulation
---
`;

describe('checkCorpus', () => {
  it('wants the English page to name the same lender and product as the Chinese one', () => {
    const sources = [
      readSourceFile({ path: 'zh-hans/products/webank-weilidai.md', text: page('webank') }, { today: '2026-06-01' }).source,
      readSourceFile({ path: 'en/products/webank-weilidai.md', text: page('mybank') }, { today: '2026-06-01' }).source,
    ].filter((source) => source !== undefined);
    const lenders = [{ id: 'webank', products: ['weilidai'] }, { id: 'mybank', products: ['weilidai'] }];
    expect(checkCorpus(sources, lenders).map(formatProblem)).toEqual([
      "en/products/webank-weilidai.md:6: lender 'mybank' differs from zh-hans/products/webank-weilidai.md ('webank')",
    ]);
  });
});
