import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.ts';
import { readSourceFile } from './read-source-file.ts';

const letter = (body: string) => `---
kind: letter
title: 延期还款申请
summary: 申请延期。
keywords: [延期]
reviewed: 2026-05-01
citations:
  - document: 《商业银行信用卡业务监督管理办法》
    confidence: unverified
    binding: regulation
fields:
  - name: lenderName
    type: text
    label: 贷款机构
  - name: amount
    type: number
    label: 金额
---
${body}`;
const read = (path: string, text: string) => readSourceFile({ path, text }, { today: '2026-06-01' }).problems.map(formatProblem);

describe('readSourceFile', () => {
  it('reads a clean letter without a problem', () => {
    expect(read('zh-hans/letters/deferral.md', letter('{{lenderName}}：欠款{{amount}}元。'))).toEqual([]);
  });

  it('reports a declared field the body never uses, on its name line', () => {
    expect(read('zh-hans/letters/deferral.md', letter('{{lenderName}}：'))).toEqual([
      'zh-hans/letters/deferral.md:15: field \'amount\' is never used as {{amount}} in the body',
    ]);
  });

  it('checks that lender and product pages are named after what they describe', () => {
    const text = '---\nkind: lender\ntitle: 微众银行\nsummary: s\nkeywords: [k]\nlender: webank\nreviewed: 2026-05-01\ncitations:\n  - document: 《征信业管理条例》\n    confidence: secondary\n    binding: regulation\n---\n';
    expect(read('zh-hans/lenders/wechat.md', text)).toEqual(['zh-hans/lenders/wechat.md:6: a lender page is named after its lender: expected lenders/webank']);
  });

  it('reports a path that is not a page and reads nothing else', () => {
    expect(readSourceFile({ path: 'notes.md', text: '<b>' }, { today: '2026-06-01' })).toEqual({
      problems: [{ file: 'notes.md', line: 1, message: 'not a page: pages are `<lang>/<section>/<name>.md`' }],
    });
  });
});
