/**
 * The page classifier on real pages (shared/classify/corpus), scored on the frozen test part only; the
 * figures are printed so that CI logs carry them. The floor below is what the classifier reaches today, a
 * guard against regressions; the goal (issue 8) is 95%, not yet met since Hong Kong bank pages joined.
 */
import { describe, expect, it } from 'vitest';
import { readPageCorpus } from '../corpus/read-corpus-files.ts';
import { classifyPage } from './classify-page.ts';
import { extractTitle, extractVisibleText } from './visible-text.ts';

const corpus = readPageCorpus();
const test = corpus.filter((p) => p.part === 'test').map((p) => ({ p, got: classifyPage({ url: p.url, text: extractVisibleText(p.html), title: extractTitle(p.html) }) }));

describe('the real-world page corpus', () => {
  it('has every kind of page worth telling apart, in more than one script', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    for (const kind of ['loan-offer', 'collection-notice', 'relief-scam', 'other']) expect(corpus.some((p) => p.pageKind === kind), kind).toBe(true);
    for (const script of ['hans', 'hant', 'en']) expect(corpus.some((p) => p.script === script), script).toBe(true);
  });
});

describe('the page classifier on the frozen test part', () => {
  it('gets the kind right on at least 89% of pages (goal: 95%)', () => {
    const wrong = test.filter(({ p, got }) => p.pageKind !== got.pageKind);
    console.log(`pages, frozen test part: ${test.length - wrong.length}/${test.length} right kind; wrong: ${wrong.map(({ p, got }) => `${p.id} ${p.pageKind}→${got.pageKind}`).join(', ') || 'none'}`);
    expect((test.length - wrong.length) / test.length).toBeGreaterThanOrEqual(0.89);
  });

  it('never reports a true cost the label does not have, and matches the labelled ones it reports', () => {
    const labelled = test.filter(({ p }) => p.cost !== null);
    const found = labelled.filter(({ p, got }) => got.cost && p.cost && Math.abs(got.cost.apr - p.cost.apr) <= 0.011);
    console.log(`pages, frozen test part: true cost on ${found.length}/${labelled.length} labelled pages (${labelled.map(({ p, got }) => `${p.id} ${p.cost?.apr}→${got.cost?.apr ?? 'null'}`).join(', ') || 'none'})`);
    const wrong = test.filter(({ p, got }) => got.cost !== null && (p.cost === null || Math.abs(got.cost.apr - p.cost.apr) > 0.011 || Math.abs(got.cost.received - p.cost.received) > 0.011));
    expect(wrong.map(({ p, got }) => `${p.id}: ${p.cost?.apr ?? 'null'}→${got.cost?.apr}`)).toEqual([]);
  });

  it('calls no real page a look-alike unless its label does', () => {
    const all = corpus.map((p) => ({ p, got: classifyPage({ url: p.url, text: '', title: '' }) }));
    const wrong = all.filter(({ p, got }) => got.lookalike !== p.lookalike).map(({ p, got }) => `${p.id}: ${p.lookalike}→${got.lookalike}`);
    expect(wrong).toEqual([]);
  });

  it('names the lender when the label does', () => {
    const wrong = test.filter(({ p, got }) => p.pageKind !== 'other' && p.lender !== got.lender).map(({ p, got }) => `${p.id}: ${p.lender}→${got.lender}`);
    expect(wrong).toEqual([]);
  });
});
