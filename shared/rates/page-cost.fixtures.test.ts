/**
 * The true cost on pages written for these tests (shared/rates/fixtures): a service fee taken at payout, a
 * membership paid before payout with a guarantee fee each month, a processing fee with insurance each
 * month, a plan table with a fee column, and a fee whose timing is not said (null) — in Simplified,
 * Traditional and English. Each page is classified as the CLI and the extension classify it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../classify/classify-page.ts';
import { extractTitle, extractVisibleText } from '../classify/visible-text.ts';

type Expected = { url: string; lender: string; product: string; pageKind: string; rates: { quote: string; apr: number }[]; cost: { received: number; apr: number; compounded: number } | null };

const DIR = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort().map((name) => ({
  name: name.slice(0, -5),
  expected: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Expected,
  html: readFileSync(join(DIR, name.replace(/\.json$/, '.html')), 'utf8'),
}));

describe('true cost on the pages written for the tests', () => {
  it('covers deductions, memberships and per-instalment fees in all three scripts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const script of ['hans', 'hant', 'en']) expect(fixtures.some((f) => f.name.endsWith(`-${script}`)), script).toBe(true);
  });

  for (const { name, expected, html } of fixtures) {
    it(`${name}: ${expected.cost ? `true ${expected.cost.apr}% beside advertised ${expected.rates.map((r) => r.apr).join(', ')}` : 'not enough shown, null'}`, () => {
      const got = classifyPage({ url: expected.url, text: extractVisibleText(html), title: extractTitle(html) });
      expect({ lender: got.lender, product: got.product, pageKind: got.pageKind }).toEqual({ lender: expected.lender, product: expected.product, pageKind: expected.pageKind });
      expect(got.rates.map(({ quote, apr }) => ({ quote, apr }))).toEqual(expected.rates);
      expect(got.cost && { received: got.cost.received, apr: got.cost.apr, compounded: got.cost.compounded }).toEqual(expected.cost);
    });
  }
});
