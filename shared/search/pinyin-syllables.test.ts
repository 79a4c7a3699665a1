import { describe, expect, it } from 'vitest';
import { PINYIN_SYLLABLES, splitPinyin } from './pinyin-syllables.ts';

describe('PINYIN_SYLLABLES', () => {
  it('holds the toneless syllables, ü written v', () => {
    expect(PINYIN_SYLLABLES.size).toBeGreaterThan(400);
    for (const s of ['a', 'cui', 'shou', 'zhuang', 'lve', 'nv', 'er', 'jiong']) expect(PINYIN_SYLLABLES.has(s)).toBe(true);
    for (const s of ['ju2', 'bian1', 'zhv', 'qv', 'ton']) expect(PINYIN_SYLLABLES.has(s)).toBe(false);
  });
});

describe('splitPinyin', () => {
  it('splits typed words into syllables', () => {
    expect(splitPinyin('cuishou')).toEqual([['cui', 'shou']]);
    expect(splitPinyin('shangmen')).toEqual([['shang', 'men']]);
    expect(splitPinyin('yanqihuankuan')).toEqual([['yan', 'qi', 'huan', 'kuan']]);
    expect(splitPinyin('lue')).toEqual([['lve']]);
  });

  it('prefers the fewest syllables, then the fewest vowel-initial ones, and offers the runner-up', () => {
    expect(splitPinyin('xian')).toEqual([['xian']]);
    expect(splitPinyin('fangan')).toEqual([['fan', 'gan'], ['fang', 'an']]);
    expect(splitPinyin('fangan', 1)).toEqual([['fan', 'gan']]);
  });

  it('returns null for what is not pinyin', () => {
    for (const w of ['hello', 'debt', 'xyz', '', 'cui shou', 'a'.repeat(41)]) expect(splitPinyin(w)).toBeNull();
  });
});
