import { describe, expect, it } from 'vitest';
import { addPinyinRun } from './pinyin-run.ts';
import type { TermGroup } from './term-groups.ts';
import { testLoaded } from './test-fixtures.ts';

const zh = testLoaded('zh-hans');

function run(words: string[][][]): { groups: TermGroup[]; matched: boolean[] } {
  const groups: TermGroup[] = [];
  const matched = addPinyinRun(zh, words, (g) => groups.push(g));
  return { groups, matched };
}

describe('addPinyinRun', () => {
  it('pairs syllables within a word as core groups, across words as bonus', () => {
    const { groups, matched } = run([[['cui', 'shou']], [['shang', 'men']]]);
    expect(matched).toEqual([true, true]);
    expect(groups.find((g) => g.key === 'p:cui shou')?.core).toBe(true);
    expect(groups.find((g) => g.key === 'p:shou shang')?.core).toBe(false);
  });

  it('pairs syllables typed one by one as if they were one word', () => {
    const { groups } = run([[['cui']], [['shou']]]);
    expect(groups.find((g) => g.key === 'p:cui shou')?.core).toBe(true);
  });

  it('matches a single syllable to every character read that way', () => {
    const { groups } = run([[['dai']]]);
    expect(groups[0]?.kind).toBe('pinyinSyllable');
  });

  it('adds nothing for syllables that spell nothing in the corpus', () => {
    expect(run([[['qiong', 'nve']]])).toEqual({ groups: [], matched: [false] });
  });
});
