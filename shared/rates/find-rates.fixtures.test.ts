/**
 * findRates over the visible text of every public fixture page: each expected rate is found with its APR,
 * and pages that expect none (news about LPR, shopping pages with 0利率, collection notices) yield none.
 * The HTML is reduced to text with a deliberately simple regex; the real extractor lives in classify/.
 */
import { describe, expect, it } from 'vitest';
import { hasPublicFixtures, readPublicPages } from '../corpus/read-public-fixtures.ts';
import { findRates } from './find-rates.ts';

const pages = readPublicPages<{ rates: Array<{ quote: string; apr: number }> }>().map(({ name, html, expected }) => ({ name, html, expected: expected.rates }));

function roughVisibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe.skipIf(!hasPublicFixtures)('findRates on the public fixture pages', () => {
  it('has fixtures to read', () => expect(pages.length).toBeGreaterThanOrEqual(14));

  for (const { name, html, expected } of pages) {
    it(`${name}: finds ${expected.length ? expected.map((r) => `${r.quote} → ${r.apr}`).join(', ') : 'no rate'}`, () => {
      const found = findRates(roughVisibleText(html)).map(({ quote, apr }) => ({ quote, apr }));
      expect(found).toEqual(expected);
    });
  }
});
