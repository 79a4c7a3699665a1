import { describe, expect, it } from 'vitest';
import { classifyPage } from '@debtguide/shared/classify';
import { extractTitle, extractVisibleText } from '@debtguide/shared/html';
import { readPageFiles } from '../../shared/corpus/read-corpus-files.ts';
import { readPublicPages } from '../../shared/corpus/read-public-fixtures.ts';
import { loanContextSignals } from '../../shared/classify/page-signals.ts';
import { toTraditional } from '../../shared/content/to-traditional.ts';
import { precheckTerms } from './generated/precheck-terms.ts';
import { mentionsAny, pageMentionsLoans, sampleText, type WalkNode } from './page-precheck.ts';

type Built = { -readonly [K in keyof WalkNode]: WalkNode[K] };

/** A small DOM: `el('DIV', text('a'), el('SCRIPT', text('x')))`. */
function el(name: string, ...children: Built[]): Built {
  const node: Built = { nodeType: 1, nodeName: name, nodeValue: null, firstChild: children[0] ?? null, nextSibling: null, parentNode: null };
  children.forEach((child, i) => {
    child.parentNode = node;
    child.nextSibling = children[i + 1] ?? null;
  });
  return node;
}
function text(value: string): Built {
  return { nodeType: 3, nodeName: '#text', nodeValue: value, firstChild: null, nextSibling: null, parentNode: null };
}

describe('sampleText', () => {
  it('reads text in document order, skipping scripts, styles and templates', () => {
    const root = el('HTML', el('HEAD', el('STYLE', text('.loan{}'))), el('BODY', el('P', text('你的'), el('B', text('借款'))), el('SCRIPT', text('debt()')), text('已逾期')));
    expect(sampleText(root)).toBe('你的 借款 已逾期');
  });

  it('stops at the character and node caps', () => {
    const many = el('BODY', ...Array.from({ length: 1000 }, (_, i) => el('P', text(`第${i}段`))));
    expect(sampleText(many, 20).length).toBeLessThanOrEqual(20);
    expect(sampleText(many, 1_000_000, 11)).toBe('第0段 第1段 第2段 第3段 第4段');
  });

  it('walks a deep tree without recursion', () => {
    let deep = text('逾期');
    for (let i = 0; i < 50_000; i++) deep = el('DIV', deep);
    expect(sampleText(deep)).toBe('逾期');
  });
});

describe('mentionsAny', () => {
  it('lets through every word the classifier needs, Simplified and Traditional, in any case', () => {
    for (const { term } of loanContextSignals) {
      expect(mentionsAny(`……${term}……`), term).toBe(true);
      expect(mentionsAny(`……${toTraditional(term).toUpperCase()}……`), toTraditional(term)).toBe(true);
    }
    expect(precheckTerms.length).toBeGreaterThanOrEqual(loanContextSignals.length);
  });

  it('sees a word cut with zero-width characters', () => {
    for (const { term } of loanContextSignals) expect(mentionsAny(`……${[...term].join('\u200b\u2060')}……`), term).toBe(true);
  });

  it('stops ordinary pages', () => {
    expect(mentionsAny('今日天气晴，最高气温26度。Weather: sunny, 26°C. 股票收盘上涨，球队晋级决赛。')).toBe(false);
  });
});

describe('pageMentionsLoans', () => {
  it('reads the title too', () => {
    const doc = { title: '花唄帳單', documentElement: el('HTML', el('BODY', text('首页'))) as unknown as HTMLElement };
    expect(pageMentionsLoans(doc)).toBe(true);
  });

  it('never stops a page the classifier would speak up on (look-alike pages and public fixtures)', () => {
    const pages = [
      ...readPageFiles(`${import.meta.dirname}/../../shared/classify/lookalike-pages`).map((p) => ({ url: p.url, html: p.html })),
      ...readPublicPages<{ url: string }>().map((p) => ({ url: p.expected.url, html: p.html })),
    ];
    for (const { url, html } of pages) {
      const visible = extractVisibleText(html);
      if (classifyPage({ url, text: visible, title: extractTitle(html) }).pageKind === 'other') continue;
      expect(mentionsAny(`${extractTitle(html)} ${visible}`), url).toBe(true);
    }
  });
});
