import { describe, expect, it } from 'vitest';
import { ruleIds } from '@debtguide/shared/messages';
import { rulesForLang } from './rules-for-lang.ts';

describe('ruleViews (through rulesForLang)', () => {
  it('has every rule in the fixed order, with guides that are real pages', () => {
    const views = rulesForLang('en');
    expect(views.map((view) => view.id)).toEqual([...ruleIds]);
    for (const view of views) {
      expect(view.guides.length).toBeGreaterThan(0);
      for (const guide of view.guides) {
        expect(guide.href).toMatch(/^\/en\/[a-z]+\/[a-z0-9-]+\/$/);
        expect(guide.title, guide.href).not.toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      }
    }
  });

  it('converts zh-hant text, laws and guide titles', () => {
    const threat = rulesForLang('zh-hant').find((view) => view.id === 'threat');
    expect(threat?.title).toBe('威脅人身或財產安全');
    expect(threat?.law[0]?.document).toContain('治安管理處罰法');
    expect(threat?.guides[0]?.href).toBe('/zh-hant/scenarios/collector-threatens/');
  });

  it('keeps the binding of each legal source, industry codes included', () => {
    const oddHours = rulesForLang('zh-hans').find((view) => view.id === 'odd-hours');
    expect(oddHours?.law.some((ref) => ref.binding === 'industry-code')).toBe(true);
  });
});
