import { describe, expect, it } from 'vitest';
import { classifySiteLink } from './site-link.ts';

describe('classifySiteLink', () => {
  it('leaves web, mail, phone and anchor links alone', () => {
    for (const href of ['https://www.pbc.gov.cn/', 'http://x.cn', 'mailto:a@b.cn', 'tel:12378', '#faq']) {
      expect(classifySiteLink(href, 'en')).toEqual({ kind: 'external' });
    }
  });

  it('rewrites guide-page links to the page language, keeping the fragment', () => {
    expect(classifySiteLink('/rights/privacy/', 'zh-hant')).toEqual({ kind: 'page', slug: 'rights/privacy', href: '/zh-hant/rights/privacy/' });
    expect(classifySiteLink('/rights/privacy#faq', 'en')).toEqual({ kind: 'page', slug: 'rights/privacy', href: '/en/rights/privacy/#faq' });
  });

  it('accepts the page language as prefix, and renders zh-hans links as zh-hant on generated pages', () => {
    expect(classifySiteLink('/en/rights/privacy/', 'en')).toEqual({ kind: 'page', slug: 'rights/privacy', href: '/en/rights/privacy/' });
    expect(classifySiteLink('/zh-hans/rights/privacy/', 'zh-hant')).toEqual({ kind: 'page', slug: 'rights/privacy', href: '/zh-hant/rights/privacy/' });
  });

  it('refuses other-language, relative and non-page links', () => {
    expect(classifySiteLink('/zh-hans/rights/privacy/', 'en')).toEqual({ kind: 'bad', message: "link '/zh-hans/rights/privacy/' points into zh-hans from a en page: write /rights/privacy/" });
    expect(classifySiteLink('/zh-hant/rights/privacy/', 'zh-hans').kind).toBe('bad');
    expect(classifySiteLink('privacy', 'en').kind).toBe('bad');
    expect(classifySiteLink('/about/', 'en').kind).toBe('bad');
  });
});
