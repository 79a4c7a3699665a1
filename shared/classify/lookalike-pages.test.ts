/**
 * Pages on look-alike hosts (lookalike-pages/, written for these tests, not real pages): a legal-looking
 * notice there is a collection notice with the lender taken from its text, and `lookalike` names the imitated
 * lender on every one of them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageFiles } from '../corpus/read-corpus-files.ts';
import { classifyPage } from './classify-page.ts';
import { extractTitle, extractVisibleText } from './visible-text.ts';

export const LOOKALIKE_PAGES_DIR = join(import.meta.dirname, 'lookalike-pages');
const pages = readPageFiles(LOOKALIKE_PAGES_DIR);

describe('pages on look-alike hosts', () => {
  it('has a notice, a demand and a page with nothing to say', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.every((page) => page.lookalike !== null)).toBe(true);
    expect(pages.some((page) => page.pageKind === 'other')).toBe(true);
  });

  it.each(pages.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    const got = classifyPage({ url: page.url, text: extractVisibleText(page.html), title: extractTitle(page.html) });
    expect({ pageKind: got.pageKind, lender: got.lender, product: got.product, lookalike: got.lookalike }).toEqual({
      pageKind: page.pageKind, lender: page.lender, product: page.product, lookalike: page.lookalike,
    });
  });

  it('makes a legal-looking notice a collection notice because of the host: on another host its words alone decide', () => {
    const page = pages.find((p) => p.id === 'webank-legal-polite-notice');
    if (!page) throw new Error('webank-legal-polite-notice is missing');
    const text = extractVisibleText(page.html);
    expect(classifyPage({ url: page.url, text }).pageKind).toBe('collection-notice');
    const elsewhere = classifyPage({ url: 'https://notice.example-law.cn/0712', text });
    expect(elsewhere.pageKind).toBe('overdue');
    expect(elsewhere.lookalike).toBeNull();
  });
});
