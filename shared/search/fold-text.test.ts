import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold-text.ts';

describe('foldForSearch', () => {
  it('folds width and case', () => {
    expect(foldForSearch('ＡＰＲ　１２３７８')).toBe('apr 12378');
  });

  it('converts Traditional to Simplified, phrase-aware', () => {
    expect(foldForSearch('還不起網貸怎麼辦')).toBe('还不起网贷怎么办');
    expect(foldForSearch('簡訊')).toBe('短信');
  });

  it('drops tone marks and writes ü as v', () => {
    expect(foldForSearch('Cuī shōu')).toBe('cui shou');
    expect(foldForSearch('nǚ lü')).toBe('nv lv');
  });

  it('copes with lone surrogates and empty text', () => {
    expect(foldForSearch('')).toBe('');
    expect(() => foldForSearch('\uD800催\uDC00')).not.toThrow();
  });
});
