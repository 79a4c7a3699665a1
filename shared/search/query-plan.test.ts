import { describe, expect, it } from 'vitest';
import { planQuery } from './query-plan.ts';
import { testLoaded } from './test-fixtures.ts';

const zh = testLoaded('zh-hans');
const en = testLoaded('en');
const keys = (q: string, index = zh) => planQuery(index, q).groups.map((g) => g.key);

describe('planQuery', () => {
  it('drops Chinese fillers and English stop-words', () => {
    const k = keys('欠网贷不还会坐牢吗');
    expect(k).toContain('b:坐牢');
    expect(k.some((x) => x.includes('吗') || x.includes('会'))).toBe(false);
    expect(keys('怎么办')).toEqual([]);
    expect(keys('what can I do about it', en)).toEqual([]);
  });

  it('keeps fillers that are part of a page alias or keyword (和 in 和信贷)', () => {
    expect(keys('和信贷')).toContain('b:和信');
    expect(keys('和同事')).not.toContain('b:和同');
  });

  it('folds Traditional and full-width input', () => {
    expect(keys('網貸')).toContain('b:网贷');
    expect(keys('ＡＰＲ', en)).toContain('w:apr');
  });

  it('turns typed pinyin into character pairs', () => {
    const plan = planQuery(zh, 'cuishou shangmen');
    const pair = plan.groups.find((g) => g.key === 'p:cui shou');
    expect(pair?.core).toBe(true);
    expect(pair?.alts.map((a) => a.token)).toContain('催收');
    expect(plan.groups.find((g) => g.key === 'p:shang men')?.alts.map((a) => a.token)).toContain('上门');
    // the words themselves are not in the index: they stop counting once their pinyin matched
    expect(plan.groups.find((g) => g.key === 'w:cuishou')?.core).toBe(false);
  });

  it('finds homophones of a pair of characters', () => {
    const group = planQuery(zh, '崔收').groups.find((g) => g.key === 'b:崔收');
    expect(group?.alts).toEqual([{ token: '催收', weight: 0.7 }]);
  });

  it('reads unknown consonant strings as pinyin initials', () => {
    const group = planQuery(zh, 'cssm').groups.find((g) => g.kind === 'initials');
    expect(group?.alts[0]?.postings?.length).toBeGreaterThan(0);
  });

  it('does not read an ASCII letter inside Chinese as pinyin', () => {
    expect(keys('融e借').some((k) => k.startsWith('s:') || k.startsWith('p:'))).toBe(false);
  });

  it('keeps numbers, and matches whole words as phrases', () => {
    expect(keys('12378投诉')).toContain('number:12378');
    expect(planQuery(zh, '催收打电话').groups.find((g) => g.kind === 'longWord')?.alts[0]?.token).toBe('打电话');
  });

  it('adds synonyms: as a stand-in when the query word is absent, else as a bonus', () => {
    const standIn = planQuery(zh, '爸妈').groups.find((g) => g.kind === 'synonym');
    expect(standIn?.core).toBe(true);
    expect(standIn?.alts.map((a) => a.token)).toEqual(expect.arrayContaining(['父母', '家人']));
    const bonus = planQuery(zh, '家人').groups.find((g) => g.kind === 'synonym');
    expect(bonus?.core).toBe(false);
  });

  it('expands English typos and prefixes', () => {
    const group = planQuery(en, 'colector').groups.find((g) => g.key === 'w:colector');
    expect(group?.alts.map((a) => a.token)).toContain('collector');
    expect(planQuery(en, 'debt collector').fuseQuery).toBe('debt collector');
  });

  it('plans nothing for non-strings', () => {
    expect(planQuery(zh, 7)).toEqual({ groups: [], fuseQuery: '' });
  });
});
