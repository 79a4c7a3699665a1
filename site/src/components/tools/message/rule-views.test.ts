import { describe, expect, it } from 'vitest';
import type { ContentLang } from '@debtguide/shared/content/schema';
import { ruleIds } from '@debtguide/shared/messages';
import { loadSiteCorpus } from '../../../../../shared/cli/load-site-corpus.ts';
import { bilingual, inScript } from '../i18n/tool-strings.ts';
import { ruleViews } from './rule-views.ts';

const { pages } = loadSiteCorpus();

/** The same context the build gives (rules-for-lang.ts), over the corpus read from disk. */
const contextFor = (lang: ContentLang) => ({
  text: (text: { 'zh-hans': string; en: string }) => bilingual(lang, text),
  script: (text: string) => inScript(lang, text),
  guide: (slug: string) => ({ href: `/${lang}/${slug}/`, title: pages.find((p) => p.lang === lang && p.slug === slug)?.title ?? slug }),
});

describe('ruleViews', () => {
  it('has every rule in the fixed order, with guides that are real pages', () => {
    const views = ruleViews(contextFor('en'));
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
    const threat = ruleViews(contextFor('zh-hant')).find((view) => view.id === 'threat');
    expect(threat?.title).toBe('威脅人身或財產安全');
    expect(threat?.law[0]?.document).toContain('治安管理處罰法');
    expect(threat?.guides[0]?.href).toBe('/zh-hant/scenarios/collector-threatens/');
    expect(threat?.guides[0]?.title).toMatch(/[威脅]/);
  });

  it('keeps the binding of each legal source, industry codes included', () => {
    const oddHours = ruleViews(contextFor('zh-hans')).find((view) => view.id === 'odd-hours');
    expect(oddHours?.law.some((ref) => ref.binding === 'industry-code')).toBe(true);
  });
});
