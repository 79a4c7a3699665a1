import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold-text.ts';
import { EN_STOPWORDS, ZH_FILLER_PHRASES, ZH_STOP_SEGMENTS } from './stopwords.ts';
import { SYNONYM_SETS } from './synonyms.ts';

describe('SYNONYM_SETS', () => {
  it('holds folded (Simplified, lower-case) words, at least two per set, none a stop-word', () => {
    for (const set of SYNONYM_SETS) {
      expect(set.length).toBeGreaterThanOrEqual(2);
      for (const member of set) {
        expect(foldForSearch(member)).toBe(member);
        expect(EN_STOPWORDS.has(member) || ZH_STOP_SEGMENTS.has(member)).toBe(false);
      }
    }
  });
});

describe('ZH_FILLER_PHRASES', () => {
  it('is sorted longest first, so longer fillers go before the shorter ones inside them', () => {
    for (let i = 1; i < ZH_FILLER_PHRASES.length; i++) {
      expect(ZH_FILLER_PHRASES[i]!.length).toBeLessThanOrEqual(ZH_FILLER_PHRASES[i - 1]!.length);
    }
  });
});
