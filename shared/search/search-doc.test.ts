import { describe, expect, it } from 'vitest';
import { searchDocInput, searchDocSectionSchema, searchLangSchema } from './search-doc.ts';
import { ALL_DOCS } from './test-fixtures.ts';

describe('searchDocInput', () => {
  it('accepts the test pages and rejects a page without a slug', () => {
    for (const doc of ALL_DOCS) expect(searchDocInput.parse(doc)).toEqual(doc);
    expect(searchDocInput.safeParse({ ...ALL_DOCS[0], slug: '' }).success).toBe(false);
  });
});

describe('searchDocSectionSchema', () => {
  it('needs a heading and a text', () => {
    expect(searchDocSectionSchema.safeParse({ heading: '', text: 'x' }).success).toBe(true);
    expect(searchDocSectionSchema.safeParse({ text: 'x' }).success).toBe(false);
  });
});

describe('searchLangSchema', () => {
  it('holds the three site languages', () => {
    expect(searchLangSchema.options).toEqual(['zh-hans', 'zh-hant', 'en']);
  });
});
