import { describe, expect, it } from 'vitest';
import { charPairKeys, fuzzySyllable, initialsOf, pairKey, pinyinLine, readingsOf } from './pinyin-keys.ts';

describe('readingsOf', () => {
  it('gives every toneless reading of a character', () => {
    expect(readingsOf('催')).toEqual(['cui']);
    expect(readingsOf('还')).toEqual(expect.arrayContaining(['hai', 'huan']));
    expect(readingsOf('呗')).toEqual(expect.arrayContaining(['bei']));
    expect(readingsOf('女')).toEqual(expect.arrayContaining(['nv']));
  });

  it('gives nothing for what is not a Chinese character', () => {
    for (const c of ['a', '1', '😀', '', '催收']) expect(readingsOf(c)).toEqual([]);
  });
});

describe('fuzzySyllable', () => {
  it('folds zh/ch/sh, n/l and the nasal finals', () => {
    expect(fuzzySyllable('shou')).toBe('sou');
    expect(fuzzySyllable('zhang')).toBe('zan');
    expect(fuzzySyllable('nan')).toBe('lan');
    expect(fuzzySyllable('qing')).toBe('qin');
    expect(fuzzySyllable('cui')).toBe('cui');
  });
});

describe('pairKey', () => {
  it('joins two syllables', () => {
    expect(pairKey('cui', 'shou')).toBe('cui shou');
  });
});

describe('charPairKeys', () => {
  it('makes a key per combination of readings, so homophones share one', () => {
    expect(charPairKeys('催', '收')).toEqual(['cui shou']);
    expect(charPairKeys('崔', '收')).toEqual(['cui shou']);
    expect(charPairKeys('还', '款')).toEqual(expect.arrayContaining(['huan kuan', 'hai kuan']));
    expect(charPairKeys('上', '门', true)).toEqual(['san men']);
  });
});

describe('initialsOf', () => {
  it('gives the first letters of the readings', () => {
    expect(initialsOf('催')).toBe('c');
    expect(initialsOf('上')).toBe('s');
    expect(initialsOf('x')).toBe('');
  });
});

describe('pinyinLine', () => {
  it('writes each run of Chinese as run-together toneless syllables', () => {
    expect(pinyinLine('催收上门 12378 怎么办')).toBe('cuishoushangmen zenmeban');
    expect(pinyinLine('no chinese')).toBe('');
  });
});
