/**
 * House rules enforced by a test rather than by prose: every lender file is registered, every slug the
 * engines point to is a CONTRACT §2 page, every message rule carries its reason and law, files stay small.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredSlugs } from './content/required-slugs.ts';
import { toLenderRefs } from './content/lender-ref.ts';
import { lenders } from './lenders/registry.ts';
import { messageRules } from './messages/check-message.ts';
import { classifyPage } from './classify/classify-page.ts';

const ROOT = import.meta.dirname;
const contractSlugs = new Set(requiredSlugs(toLenderRefs(lenders)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'test-corpus') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('conventions', () => {
  it('registers every lender file in lenders/data', () => {
    const files = readdirSync(join(ROOT, 'lenders/data')).filter((name) => name.endsWith('.ts'));
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(lenders.map((l) => l.id).sort());
  });

  it('points message rules only at CONTRACT §2 pages, each with a reason and its law', () => {
    for (const rule of messageRules) {
      for (const slug of rule.guides) expect(contractSlugs.has(slug), `${rule.id} → ${slug}`).toBe(true);
      expect(rule.reason['zh-hans'].length, rule.id).toBeGreaterThan(20);
      expect(rule.reason.en.length, rule.id).toBeGreaterThan(20);
      expect(rule.law.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('points page guides only at CONTRACT §2 pages', () => {
    const pages = [
      { url: 'https://loan.mybank.cn/x', text: '您的网商贷已逾期3天，逾期本金1000元，罚息按日计收。' },
      { url: 'https://a.example.cn/', text: '催告通知书：您在美团借钱的欠款已逾期，我方受委托将联系您的紧急联系人及单位，并发律师函。' },
      { url: 'https://b.example.cn/', text: '停息挂账、债务优化、反催收，专业团队，服务费999元。' },
      { url: 'https://www.webank.com/p', text: '微粒贷 最高20万额度 立即申请 借款期限20个月 日利率0.02%起' },
      { url: 'https://render.alipay.com/bill', text: '花呗账单 最后还款日06月10日 本期应还3600元 账单周期 已出账' },
    ];
    for (const page of pages) {
      const result = classifyPage(page);
      expect(result.pageKind, page.text).not.toBe('other');
      for (const slug of result.guides) expect(contractSlugs.has(slug), slug).toBe(true);
    }
  });

  it('keeps source files small (≈250 lines)', () => {
    for (const file of sourceFiles(ROOT)) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      expect(lines, file).toBeLessThanOrEqual(300);
    }
  });

  it('keeps the engines browser-safe: node: imports only in cli/ and Node-only files', () => {
    const nodeOnly = /\/cli\/|\.test\.ts$|read-corpus-dir\.ts$|read-corpus-files\.ts$|read-public-fixtures\.ts$|check-content-dir\.ts$|\/build-[a-z-]+-data\.ts$|conventions\.test\.ts$/;
    for (const file of sourceFiles(ROOT)) {
      if (nodeOnly.test(file)) continue;
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from 'node:|require\(/);
    }
  });
});
