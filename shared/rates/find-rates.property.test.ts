/**
 * Property tests: findRates never throws, every quote is the exact slice of the text at its offsets, APRs
 * are finite, quotes come in order without overlaps; and it stays linear on megabyte inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRates, type RateQuote } from './find-rates.ts';

const RUNS = 10_000;

function assertWellFormed(text: string, found: RateQuote[]): void {
  let lastEnd = 0;
  for (const rate of found) {
    if (text.slice(rate.start, rate.end) !== rate.quote) throw new Error(`quote ${rate.quote} is not the slice at ${rate.start}`);
    if (!(rate.start >= lastEnd && rate.end > rate.start)) throw new Error('quotes overlap or are out of order');
    if (!Number.isFinite(rate.apr) || !Number.isFinite(rate.compounded) || !(rate.rate > 0)) throw new Error('non-finite rate');
    lastEnd = rate.end;
  }
}

/** Pieces of real rate quotes, Traditional forms, near misses and noise, to be glued together at random. */
const FRAGMENTS = [
  '日利率', '日息', '每日', '萬分之', '万分之', '万', '萬', '/天', '每天', '月利率', '月息', '月费率', '月費率', '每期手续费率',
  '每期手續費率', '分期手续费', '年化利率', '年化', '年利率', '（单利）', '(單利)', '约', '低至', 'APR ', 'apr of ', 'daily rate ',
  'monthly fee of ', ' per day', ' p.a.', '每千元每天', '元', '分', '期', '个月', '個月', ' instalments', '第', '逾期', 'LPR', '倍',
  '以内', '不超过', '0利率', '免息', '%', '％', '‰', '.', '０', '0', '5', '05', '0.05', '0.6', '12', '24', '999999', '1234567',
  '五', '十二', '二点五', '点', '-', '～', '至', ' ~ ', '，', ',', '。', '；', '\n', ' ', ':', '：', '(', ')', '（', '）', '起', 'a', '𠀀', '\uD800',
];
const fragmentText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('findRates (properties)', () => {
  it('never throws on random Unicode text and returns exact slices', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => assertWellFormed(text, findRates(text))),
      { numRuns: RUNS },
    );
  });

  it('never throws on random UTF-16 text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => assertWellFormed(text, findRates(text))),
      { numRuns: RUNS },
    );
  });

  it('never throws on mixtures of rate fragments, and finds only well-formed quotes', () => {
    fc.assert(fc.property(fragmentText, (text) => assertWellFormed(text, findRates(text))), { numRuns: RUNS });
  });

  it('reads any daily rate back with apr = rate × 365', () => {
    const hundredths = fc.integer({ min: 1, max: 9_999 });
    fc.assert(
      fc.property(hundredths, fc.constantFrom('', '借款利率 ', '说明：'), (cents, prefix) => {
        const rate = cents / 100;
        const found = findRates(`${prefix}日利率${rate}%。`);
        expect(found).toHaveLength(1);
        expect(found[0]?.apr).toBeCloseTo(rate * 365, 1);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('findRates on megabyte inputs', () => {
  const MB = 1_000_000;

  it('is built from bounded loops, with no regular expressions that could backtrack', () => {
    const sources = readdirSync(import.meta.dirname).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(sources).toContain('find-rates.ts');
    for (const name of sources) {
      const source = readFileSync(join(import.meta.dirname, name), 'utf8');
      expect(source, name).not.toMatch(/RegExp|\.(match|matchAll|exec|test|search)\(|(replace|replaceAll|split)\(\//);
    }
  });

  function repeatTo(length: number, pieces: string[]): string {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < length; i++) {
      const piece = pieces[i % pieces.length] as string;
      parts.push(piece);
      size += piece.length;
    }
    return parts.join('').slice(0, length);
  }

  it('handles 1 MB of rate-like fragments', () => {
    const text = repeatTo(MB, ['日利率', '0.05%', '万分之', '6/天', '分12期，每期手续费率', '0.6', '%', '年化利率（单利）', '日利率日利率', '0.', '，', '万万万', '每千元每天']);
    const found = findRates(text);
    expect(found.length).toBeGreaterThan(10_000);
    assertWellFormed(text, found);
  });

  it('handles 1 MB of long runs that could trap a backtracking matcher', () => {
    const text = repeatTo(MB, ['日利率', ' '.repeat(5_000), '9'.repeat(5_000), '(单利'.repeat(500), '分'.repeat(3_000), '%']);
    assertWellFormed(text, findRates(text));
  });

  it('handles 1 MB of random UTF-16 text', () => {
    let state = 42;
    const units = new Uint16Array(MB);
    for (let i = 0; i < MB; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      units[i] = state >>> 16;
    }
    const text = new TextDecoder('utf-16le').decode(units);
    assertWellFormed(text, findRates(text));
  });
});
