import { describe, expect, it } from 'vitest';
import { normalizeCorpusPath, pageUrl, parseContentPath, slugSchema } from './slug.ts';

describe('slugSchema', () => {
  it('takes section/name in lower-case words', () => {
    expect(slugSchema.safeParse('rights/third-party-contact').success).toBe(true);
    expect(slugSchema.safeParse('products/icbc-rong-e-jie').success).toBe(true);
    for (const bad of ['rights', 'rights/Privacy', 'rights/a/b', 'rights/-a', 'unknown/a', 'rights/a_b']) {
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('pageUrl', () => {
  it('is /<lang>/<slug>/', () => {
    expect(pageUrl('zh-hans', 'rights/third-party-contact')).toBe('/zh-hans/rights/third-party-contact/');
  });
});

describe('normalizeCorpusPath', () => {
  it('gives one spelling per file', () => {
    expect(normalizeCorpusPath('.\\en\\rights//privacy.md')).toBe('en/rights/privacy.md');
  });
});

describe('parseContentPath', () => {
  it('reads language and slug', () => {
    expect(parseContentPath('zh-hans/rights/privacy.md')).toEqual({ ok: true, lang: 'zh-hans', slug: 'rights/privacy' });
  });

  it('explains what is wrong with other paths', () => {
    expect(parseContentPath('zh-hant/rights/privacy.md')).toEqual({ ok: false, message: 'zh-hant is generated from zh-hans at load time: do not store it' });
    expect(parseContentPath('fr/rights/privacy.md')).toEqual({ ok: false, message: "unknown language folder 'fr' (expected zh-hans or en)" });
    expect(parseContentPath('en/rights/Privacy.md').ok).toBe(false);
    expect(parseContentPath('README.md').ok).toBe(false);
  });
});
