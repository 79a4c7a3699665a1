/** Property tests: search never throws, stays well-formed and bounded, for any input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from './search-result.ts';
import { testSearcher } from './test-fixtures.ts';
import { MAX_QUERY_LENGTH } from './weights.ts';

const zhHans = testSearcher('zh-hans');
const zhHant = testSearcher('zh-hant');
const en = testSearcher('en');

function wellFormed(results: SearchResult[], limit: number): boolean {
  if (results.length > limit) return false;
  const slugs = new Set(results.map((r) => r.slug));
  if (slugs.size !== results.length) return false;
  return results.every((r, i) => r.score >= 0 && r.score <= 1 && (i === 0 || r.score >= (results[i - 1]?.score ?? 0)));
}

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Pieces that reach every channel: Chinese, Traditional, pinyin, initials, English, numbers, fillers. */
const piece = fc.constantFrom(
  '催收', '上门', '還不起', '網貸', '崔收', 'cuishou', 'shang', 'men', 'cssm', 'debt', 'colector', '12378', '110',
  '怎么办', '吗', 'the', 'how', ' ', '，', '融e借', 'ü', 'ǖ', '％', 'Ａ', '\u0301', '𠀀', '😀',
);
const mixed = fc.array(fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));

describe('searchIndex (properties)', () => {
  it('never throws and returns well-formed results for 10,000 random full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (query, limit) => {
        return wellFormed(zhHans.search(query, { limit }), limit);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on 10,000 strings of random code units (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.array(codeUnit, { maxLength: 250 }).map((a) => a.join('')), (query) => {
        return wellFormed(en.search(query), 10);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on 10,000 mixes of meaningful pieces and noise, in every language', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(zhHans, zhHant, en), (query, searcher) => {
        return wellFormed(searcher.search(query, { limit: 5 }), 5);
      }),
      { numRuns: 10_000 },
    );
  });

  it('looks only at the first MAX_QUERY_LENGTH characters', () => {
    fc.assert(
      fc.property(mixed, mixed, (head, tail) => {
        const capped = head.padEnd(MAX_QUERY_LENGTH, ' ').slice(0, MAX_QUERY_LENGTH);
        expect(zhHans.search(capped + tail)).toEqual(zhHans.search(capped));
      }),
      { numRuns: 300 },
    );
  });

  it('answers a 1 MB query (its time is measured in bench/linearity.ts)', () => {
    const huge = '催收上门 cuishou 12378 '.repeat(60_000).slice(0, 1_000_000);
    const results = zhHans.search(huge);
    expect(results[0]?.slug).toBeDefined();
    const random = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000))).join('');
    expect(() => zhHant.search(random)).not.toThrow();
  });
});
