import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { docFreq, idf, loadIndex, postingFor } from './load-index.ts';
import { ZH_HANS_DOCS } from './test-corpus.ts';
import { testIndex, testLoaded } from './test-fixtures.ts';

const zh = testLoaded('zh-hans');

describe('loadIndex', () => {
  it('indexes unigrams, pairs and numbers of every field', () => {
    expect(docFreq(zh, '催收')).toBeGreaterThan(5);
    expect(docFreq(zh, '12378')).toBeGreaterThanOrEqual(3);
    expect(docFreq(zh, '融e')).toBe(1);
    expect(zh.latinVocab).toContain('apr');
  });

  it('maps readings to the characters of the corpus', () => {
    expect(zh.charsByReading.get('cui')).toContain('催');
    expect(zh.charsByFuzzyReading.get('sou')).toContain('收');
  });

  it('indexes a Traditional corpus by its Simplified form', () => {
    const hant = testLoaded('zh-hant');
    expect(docFreq(hant, '网贷')).toBeGreaterThan(0);
    expect(docFreq(hant, '網貸')).toBe(0);
  });

  it('rejects what is not an index', () => {
    expect(() => loadIndex(null)).toThrow();
    expect(() => loadIndex({ ...testIndex('en'), pages: 'x' })).toThrow();
  });

  it('loads an index with no pages', () => {
    expect(loadIndex(buildSearchIndex(ZH_HANS_DOCS, 'en')).pages).toEqual([]);
  });
});

describe('docFreq', () => {
  it('counts the pages holding a token', () => {
    expect(docFreq(zh, '工单')).toBe(1);
    expect(docFreq(zh, 'nothing-like-this')).toBe(0);
  });
});

describe('idf', () => {
  it('is positive and falls as a term gets common', () => {
    expect(idf(10, 1)).toBeGreaterThan(idf(10, 5));
    expect(idf(10, 10)).toBeGreaterThan(0);
  });
});

describe('postingFor', () => {
  const norms = { title: 1, aliases: 1, keywords: 1, headings: 1, summary: 1, body: 2 };

  it('scores head fields by presence, heaviest first, and the rest by normalised frequency', () => {
    const p = postingFor(3, (f) => (f === 'title' || f === 'keywords' ? 5 : f === 'body' ? 4 : 0), norms);
    expect(p?.page).toBe(3);
    expect(p?.head).toBeCloseTo(2.5 + 0.2 * 2);
    expect(p?.body).toBeCloseTo(2);
  });

  it('is null when no field holds the token', () => {
    expect(postingFor(0, () => 0, norms)).toBeNull();
  });
});
