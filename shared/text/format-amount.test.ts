import { describe, expect, it } from 'vitest';
import { formatAmount } from './format-amount.ts';

describe('formatAmount', () => {
  it('groups digits and keeps two decimals in each language', () => {
    expect(formatAmount(9_000, 'zh-hans')).toBe('9,000.00');
    expect(formatAmount(105_999.96, 'en')).toBe('105,999.96');
    expect(formatAmount(0.5, 'zh-hant')).toBe('0.50');
  });
});
