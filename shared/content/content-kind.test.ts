import { describe, expect, it } from 'vitest';
import { contentKindSchema, kindOfSection, SECTION_OF_KIND } from './content-kind.ts';

describe('contentKindSchema', () => {
  it('lists the eight kinds', () => {
    expect(contentKindSchema.options).toEqual(['lender', 'product', 'rights', 'hardship', 'channel', 'scenario', 'letter', 'tool']);
  });
});

describe('SECTION_OF_KIND', () => {
  it('gives each kind its own section', () => {
    expect(new Set(Object.values(SECTION_OF_KIND)).size).toBe(contentKindSchema.options.length);
  });
});

describe('kindOfSection', () => {
  it('maps sections back to kinds', () => {
    expect(kindOfSection('lenders')).toBe('lender');
    expect(kindOfSection('rights')).toBe('rights');
    expect(kindOfSection('channels')).toBe('channel');
    expect(kindOfSection('lender')).toBeUndefined();
  });
});
