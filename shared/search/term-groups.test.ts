import { describe, expect, it } from 'vitest';
import {
  charPairGroup, initialsGroup, literalGroup, pairsForReadings, phraseAlt, phraseGroup, pinyinPairGroup,
  pinyinSyllableGroup, synonymAlt, wordGroup,
} from './term-groups.ts';
import { testLoaded } from './test-fixtures.ts';

const zh = testLoaded('zh-hans');
const en = testLoaded('en');

describe('pairsForReadings', () => {
  it('finds indexed pairs read a given way, exactly or fuzzily', () => {
    expect(pairsForReadings(zh, 'cui', 'shou', false)).toContain('催收');
    expect(pairsForReadings(zh, 'cui', 'sou', true)).toContain('催收');
    expect(pairsForReadings(zh, 'xx', 'yy', false)).toEqual([]);
  });
});

describe('charPairGroup', () => {
  it('holds the pair and its homophones; unmatched bridges are not core', () => {
    expect(charPairGroup(zh, '催', '收', true).alts[0]).toEqual({ token: '催收', weight: 1 });
    expect(charPairGroup(zh, '崔', '收', true).core).toBe(true);
    expect(charPairGroup(zh, '啊', '哦', true).core).toBe(false);
    expect(charPairGroup(zh, '啊', '哦', false).core).toBe(true);
  });
});

describe('pinyinPairGroup', () => {
  it('holds the pairs read that way', () => {
    const g = pinyinPairGroup(zh, 'zuo', 'lao', true);
    expect(g.alts.map((a) => a.token)).toContain('坐牢');
    expect(g.key).toBe('p:zuo lao');
  });
});

describe('pinyinSyllableGroup', () => {
  it('holds every character read that way', () => {
    expect(pinyinSyllableGroup(zh, 'dai').alts.map((a) => a.token)).toContain('贷');
  });
});

describe('literalGroup', () => {
  it('matches only itself', () => {
    expect(literalGroup(zh, 'number', '12378', true).alts).toEqual([{ token: '12378', weight: 1 }]);
    expect(literalGroup(zh, 'number', '99999', true).alts).toEqual([]);
  });
});

describe('wordGroup', () => {
  it('holds the stem and nearby indexed words', () => {
    expect(wordGroup(en, 'Collectors'.toLowerCase()).alts[0]).toEqual({ token: 'collector', weight: 1 });
    expect(wordGroup(en, 'prisn').alts.map((a) => a.token)).toContain('prison');
  });
});

describe('phraseAlt', () => {
  it('finds a phrase by scanning when it is not a token', () => {
    const alt = phraseAlt(zh, '打电话');
    expect(alt?.postings?.length).toBeGreaterThan(0);
    expect(phraseAlt(zh, '催收')).toEqual({ token: '催收', weight: 1 });
    expect(phraseAlt(zh, '不存在的说法')).toBeNull();
  });
});

describe('phraseGroup', () => {
  it('is a bonus group', () => {
    expect(phraseGroup(zh, '打电话').core).toBe(false);
  });
});

describe('initialsGroup', () => {
  it('matches pages whose Chinese text has those initials', () => {
    const g = initialsGroup(zh, 'cssm');
    expect(g.alts[0]?.postings?.map((p) => zh.pages[p.page]?.slug)).toContain('scenarios/home-visit-announced');
    expect(initialsGroup(zh, 'qqqqqq').alts).toEqual([]);
  });
});

describe('synonymAlt', () => {
  it('stands for a synonym by token or phrase', () => {
    expect(synonymAlt(zh, '父母')?.token).toBe('父母');
    expect(synonymAlt(zh, '网络贷款')?.postings?.length).toBeGreaterThan(0);
    expect(synonymAlt(en, 'prison')?.token).toBe('prison');
    expect(synonymAlt(en, 'imprison')).toBeNull();
  });
});
