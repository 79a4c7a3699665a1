import { describe, expect, it } from 'vitest';
import { initialsPostings, phrasePostings } from './scan-postings.ts';
import { testLoaded } from './test-fixtures.ts';

const zh = testLoaded('zh-hans');
const slugs = (postings: Array<{ page: number }>) => postings.map((p) => zh.pages[p.page]?.slug);

describe('phrasePostings', () => {
  it('finds the pages holding a phrase, head presence weighing more than body mentions', () => {
    const postings = phrasePostings(zh, '打电话');
    expect(slugs(postings)).toContain('rights/contact-hours');
    const head = postings.find((p) => zh.pages[p.page]?.slug === 'rights/contact-hours');
    expect(head?.head).toBeGreaterThan(0);
    expect(phrasePostings(zh, '')).toEqual([]);
  });
});

describe('initialsPostings', () => {
  it('finds pages by the pinyin initials of their text', () => {
    expect(slugs(initialsPostings(zh, 'cssm'))).toEqual(['scenarios/home-visit-announced']);
    expect(slugs(initialsPostings(zh, 'xszr'))).toContain('rights/criminal-liability-myths');
  });
});
