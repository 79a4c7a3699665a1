import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from './check-content-dir.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./test-corpus/${name}`, import.meta.url));

describe('checkContentDir', () => {
  it('returns no line for a clean corpus (registry lenders by default)', () => {
    expect(checkContentDir(fixture('valid'), { today: '2026-06-01', requireContractSlugs: false })).toEqual([]);
  });

  it('returns file:line: problem lines with paths relative to the working directory', () => {
    const lines = checkContentDir(fixture('broken/kind-mismatch'), { today: '2026-06-01', requireContractSlugs: false });
    expect(lines).toEqual([
      "shared/content/test-corpus/broken/kind-mismatch/zh-hans/rights/privacy.md:2: kind 'scenario' does not match the slug: pages under rights/ are 'rights'",
    ]);
  });

  it('checks the CONTRACT §2 slugs by default', () => {
    const lines = checkContentDir(fixture('valid'), { today: '2026-06-01' });
    expect(lines.some((line) => line.endsWith('required page missing (CONTRACT §2): write zh-hans/lenders/icbc.md and en/lenders/icbc.md'))).toBe(true);
    expect(lines.some((line) => line.includes('mybank-wangshangdai'))).toBe(false);
  });
});
