import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, pickExcerpt, windowAround } from './excerpt.ts';
import { planQuery } from './query-plan.ts';
import { testLoaded } from './test-fixtures.ts';

const zh = testLoaded('zh-hans');
const pageOf = (slug: string) => zh.pages.findIndex((p) => p.slug === slug);

describe('windowAround', () => {
  it('returns short text whole', () => {
    expect(windowAround('催收只能找本人。', 3)).toBe('催收只能找本人。');
  });

  it('cuts long text around the match, with ellipses, never inside a surrogate pair', () => {
    const text = `${'甲'.repeat(200)}目标${'乙'.repeat(200)}`;
    const w = windowAround(text, 200);
    expect(w).toContain('目标');
    expect(w.startsWith('…') && w.endsWith('…')).toBe(true);
    expect(w.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 2);
    const emoji = windowAround('😀'.repeat(200), 51);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('starts at a nearby sentence start and, in English, ends at a word boundary', () => {
    const zh = `${'前文很长'.repeat(30)}。目标句子在这里${'后文'.repeat(100)}`;
    expect(windowAround(zh, zh.indexOf('目标') + 2)).toMatch(/^…目标句子/);
    const en = `${'Words before this. '.repeat(10)}The target sentence is here ${'and it goes on '.repeat(20)}`;
    const w = windowAround(en, en.indexOf('target'));
    expect(w).toMatch(/^…The target/);
    expect(w).toMatch(/[a-z]…$/);
    expect(w.slice(0, -1).endsWith(' ')).toBe(false);
  });
});

describe('pickExcerpt', () => {
  it('picks the section that holds the query words', () => {
    const e = pickExcerpt(zh, pageOf('rights/criminal-liability-myths'), planQuery(zh, '恶意透支信用卡'));
    expect(e.sectionHeading).toBe('哪些情况才涉及刑事');
    expect(e.excerpt).toContain('恶意透支');
  });

  it('falls back to the summary when only the head matched', () => {
    const e = pickExcerpt(zh, pageOf('tools/apr-calculator'), planQuery(zh, 'APR'));
    expect(e.sectionHeading).toBeUndefined();
    expect(e.excerpt).toBe(zh.pages[pageOf('tools/apr-calculator')]?.summary);
  });

  it('returns nothing for a page that does not exist', () => {
    expect(pickExcerpt(zh, 999, planQuery(zh, '催收'))).toEqual({});
  });
});
