import { describe, expect, it } from 'vitest';
import { CONTRACT_LENDERS } from '../lenders/contract-lenders.ts';
import { FIXED_REQUIRED_SLUGS, missingRequiredSlugs, requiredSlugs } from './required-slugs.ts';
import { slugSchema } from './slug.ts';

describe('FIXED_REQUIRED_SLUGS', () => {
  it('holds the 40 fixed slugs of CONTRACT §2, all well formed', () => {
    expect(FIXED_REQUIRED_SLUGS).toHaveLength(40);
    for (const slug of FIXED_REQUIRED_SLUGS) expect(slugSchema.safeParse(slug).success, slug).toBe(true);
  });
});

describe('requiredSlugs', () => {
  it('adds a lender page per lender and a product page per product', () => {
    const slugs = requiredSlugs(CONTRACT_LENDERS);
    expect(slugs).toHaveLength(40 + 12 + 15);
    expect(slugs).toContain('lenders/zijin');
    expect(slugs).toContain('products/icbc-rong-e-jie');
    expect(slugs).toContain('products/cmb-credit-card');
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('missingRequiredSlugs', () => {
  it('reports each missing slug at the zh-hans file that should hold it', () => {
    const present = requiredSlugs(CONTRACT_LENDERS).filter((slug) => slug !== 'tools/apr-calculator');
    expect(missingRequiredSlugs(present, CONTRACT_LENDERS)).toEqual([
      {
        file: 'zh-hans/tools/apr-calculator.md',
        line: 1,
        message: 'required page missing (CONTRACT §2): write zh-hans/tools/apr-calculator.md and en/tools/apr-calculator.md',
      },
    ]);
  });
});
