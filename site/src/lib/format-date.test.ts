import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('writes the day as readers do', () => {
    expect(formatDate('2026-11-04', 'zh-hans')).toBe('2026年11月4日');
    expect(formatDate('2026-11-04', 'zh-hant')).toBe('2026年11月4日');
    expect(formatDate('2026-11-04', 'en')).toBe('4 November 2026');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
