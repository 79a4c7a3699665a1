import { describe, expect, it } from 'vitest';
import { frontmatterObjectSchema, frontmatterSchema, type FrontmatterInput } from './frontmatter.ts';

const citation = { document: '《征信业管理条例》', article: '第二十五条', confidence: 'verified', binding: 'regulation' } as const;
const base: FrontmatterInput = { kind: 'rights', title: 'T', summary: 'S', keywords: ['k'], reviewed: '2026-01-05', citations: [citation] };
const messages = (input: unknown) => {
  const result = frontmatterSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('frontmatterObjectSchema', () => {
  it('fills the defaults', () => {
    expect(frontmatterObjectSchema.parse(base)).toMatchObject({ aliases: [], related: [] });
  });

  it('rejects unknown keys (typos are caught)', () => {
    expect(messages({ ...base, titel: 'x' })).toEqual([': Unrecognized key: "titel"']);
  });
});

describe('frontmatterSchema', () => {
  it('accepts a minimal rights page', () => {
    expect(messages(base)).toEqual([]);
  });

  it('ties lender, product, citations, fields and hotline to the kind', () => {
    expect(messages({ ...base, kind: 'product' })).toEqual(['lender: a product page needs `lender`', 'product: a product page needs `product`']);
    expect(messages({ ...base, product: 'jiebei' })).toEqual(['product: only product pages take `product`']);
    expect(messages({ ...base, citations: [] })).toEqual(['citations: give at least one citation (only tool pages may have none)']);
    expect(messages({ ...base, kind: 'tool', citations: [] })).toEqual([]);
    expect(messages({ ...base, kind: 'letter' })).toEqual(['fields: a letter page needs `fields`']);
    expect(messages({ ...base, hotline: '12378' })).toEqual(['hotline: only channel pages take `hotline`']);
    expect(messages({ ...base, kind: 'channel', hotline: '12378' })).toEqual([]);
  });

  it('rejects a field declared twice', () => {
    const field = { name: 'a', type: 'text', label: 'A' };
    expect(messages({ ...base, kind: 'letter', fields: [field, field] })).toEqual(["fields.1.name: field 'a' is declared twice"]);
  });

  it('checks dates, one-line text, duplicates and slugs', () => {
    expect(messages({ ...base, reviewed: '2025-02-30' })).toEqual(['reviewed: must be a real date written YYYY-MM-DD']);
    expect(messages({ ...base, summary: 'two\nlines' })).toEqual(['summary: must be one line']);
    expect(messages({ ...base, keywords: ['a', 'a'] })).toEqual(['keywords: has duplicates']);
    expect(messages({ ...base, related: ['Rights/X'] })).toEqual(['related.0: a slug is `section/name` in lower-case letters, digits and hyphens']);
    expect(messages({ ...base, related: ['blog/x'] })).toEqual(['related.0: unknown section (the part before `/`)']);
  });

  it('asks for quotes around a number where text is expected', () => {
    expect(messages({ ...base, keywords: [12378] })).toEqual(['keywords.0: expected text, got the number 12378: put it in quotes']);
  });
});
