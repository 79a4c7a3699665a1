import { describe, expect, it } from 'vitest';
import { toolOfPage } from './tool-kind.ts';

describe('toolOfPage', () => {
  it('finds each tool page and every letter page', () => {
    expect(toolOfPage('tools/apr-calculator')).toBe('apr');
    expect(toolOfPage('tools/message-checker')).toBe('message');
    expect(toolOfPage('tools/evidence-log')).toBe('evidence');
    expect(toolOfPage('letters/hardship-request')).toBe('letter');
    expect(toolOfPage('letters/complaint-12378')).toBe('letter');
  });

  it('gives other pages no tool', () => {
    for (const slug of ['rights/interest-limits', 'tools/unknown', 'lenders/mybank', 'letters', 'scenarios/lawyer-letter']) {
      expect(toolOfPage(slug), slug).toBeNull();
    }
  });
});
