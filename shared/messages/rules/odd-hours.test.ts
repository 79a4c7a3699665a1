import { describe, expect, it } from 'vitest';
import { oddHoursRule } from './odd-hours.ts';

describe('oddHoursRule', () => {
  it('is judged by time only and says it rests on an industry guideline', () => {
    expect(oddHoursRule.kind).toBe('time');
    expect(oddHoursRule.patterns).toEqual([]);
    expect(oddHoursRule.law.some((l) => l.binding === 'industry-code' && /贷后催收业务指引/.test(l.document))).toBe(true);
    expect(oddHoursRule.reason.en).toMatch(/not a law/);
    expect(oddHoursRule.guides).toEqual(['rights/contact-hours']);
  });
});
