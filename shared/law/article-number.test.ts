import { describe, expect, it } from 'vitest';
import { articleHeading, articleLabel, parseArticleRefs, parseChineseNumber, toChineseNumber } from './article-number.ts';

describe('article numbers', () => {
  it.each([
    ['一千零三十三', 1033], ['十五', 15], ['一百一十', 110], ['二百九十三', 293], ['一千一百六十一', 1161], ['293', 293], ['两', 2],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('round-trips every number an article can have', () => {
    for (let n = 1; n <= 1300; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
    expect(toChineseNumber(1033)).toBe('一千零三十三');
    expect(toChineseNumber(10)).toBe('十');
    expect(() => toChineseNumber(0)).toThrow(RangeError);
  });

  it('names articles in headings and in messages', () => {
    expect(articleHeading('293-1')).toBe('第二百九十三条之一');
    expect(articleLabel('293-1')).toBe('第293条之一');
    expect(articleLabel('1064')).toBe('第1064条');
  });

  it.each([
    ['第六条、第十条、第十三条至第十五条', ['6', '10', '13', '14', '15']],
    ['第二百九十三条之一、第二百五十三条之一', ['293-1', '253-1']],
    ['第十条第二款', ['10']],
    ['第四十条第（三）项', ['40']],
    ['第293条之一', ['293-1']],
    ['Arts. 44–47, 65', ['44', '45', '46', '47', '65']],
    ['Art. 7(3)', ['7']],
    ['Arts. 293-1 and 253-1', ['293-1', '253-1']],
    ['Arts. 1033 to 1035', ['1033', '1034', '1035']],
  ])('reads %s', (article, keys) => {
    expect(parseArticleRefs(article)).toEqual({ ok: true, keys });
  });

  it('refuses what is not an article or a rising range', () => {
    expect(parseArticleRefs('第三章').ok).toBe(false);
    expect(parseArticleRefs('Arts. 15–13').ok).toBe(false);
    expect(parseArticleRefs('第一条至第九十九条').ok).toBe(false);
  });
});
