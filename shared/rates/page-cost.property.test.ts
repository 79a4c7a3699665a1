/**
 * Property tests: findPageCost never throws on any text, and what it reports is a well-formed cost whose
 * figures add up; on megabyte pages of amount-like fragments it still answers (its time is in bench/).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPageCost, pageCostSchema } from './page-cost.ts';

const FRAGMENTS = [
  '借款金额', '10,000元', '到账金额', '9,000元', '每期应还', '1,000元', '共12期', '服务费', '放款时扣除', '担保费', '每期30元', '会员费',
  '期次', '\n', '应还合计', '1', '2', '1,030.00', '，', '。', '¥', 'you receive', 'monthly repayment', ' × ', '12 months', '=', '(含', '最低',
];

function expectWellFormed(text: string): void {
  const cost = findPageCost(text);
  if (cost === null) return;
  expect(pageCostSchema.parse(cost)).toEqual(cost);
  expect(cost.received).toBeGreaterThan(0);
  expect(cost.totalPaid).toBeGreaterThanOrEqual(cost.received);
  expect(Math.abs(cost.cost - (cost.totalPaid - cost.received))).toBeLessThan(0.011);
  expect(Number.isFinite(cost.apr)).toBe(true);
}

describe('findPageCost on any text', () => {
  it('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => expectWellFormed(text)), { numRuns: 3_000 });
  });

  it('never throws on shuffled loan fragments, and adds up when it answers', () => {
    const page = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(page, (text) => expectWellFormed(text)), { numRuns: 3_000 });
  });

  it('answers on a megabyte of fragments', () => {
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 1_000_000; i++) {
      const part = FRAGMENTS.slice(0, 1 + (i % FRAGMENTS.length)).join('');
      parts.push(part);
      length += part.length;
    }
    expectWellFormed(parts.join(''));
  });
});
