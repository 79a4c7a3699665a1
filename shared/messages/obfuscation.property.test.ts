/**
 * Normalisation (spaced characters, full-width forms, zero-width marks, Traditional script, pinyin and
 * emoji folding) must never turn a lawful message into a flagged one: every real lawful message the checker
 * is silent on stays silent however it is dressed up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMessageCorpus } from '../corpus/read-corpus-files.ts';
import { hasPublicFixtures, readPublicJsonl } from '../corpus/read-public-fixtures.ts';
import { checkMessage } from './check-message.ts';
import { toTraditional } from './rules/test-support.ts';

type Lawful = { text: string; at: string | null; flags: string[] };
const fixtures = hasPublicFixtures ? readPublicJsonl<Lawful>('messages.jsonl') : [];
const lawful = [...readMessageCorpus(), ...fixtures]
  .filter((m) => m.flags.length === 0)
  .map((m) => m.text)
  .filter((text) => checkMessage(text).flags.length === 0);

const separators = [' ', '  ', '.', '*', '-', '·', '\u200b', '\u3000', '/'];
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const HAN = /\p{Script=Han}/u;
/** Separators between Chinese characters, every few characters, as filter-dodgers write them. */
function spaceHan(s: string, seed: number): string {
  const chars = [...s];
  return chars.map((c, i) => (i % (1 + (seed % 3)) === 0 && HAN.test(c) && HAN.test(chars[i + 1] ?? '') ? c + separators[seed % separators.length] : c)).join('');
}

/** One way abusers dress text up, applied to a message with a seed. */
const disguise = fc.constantFrom(
  (s: string, seed: number) => spaceHan(s, seed),
  (s: string) => fullWidth(s),
  (s: string) => toTraditional(s),
  (s: string, seed: number) => s.replace(/[，。！？,.!?]/g, () => separators[seed % separators.length]!),
  (s: string) => spaceHan(s, 1),
);

describe('normalisation on real lawful messages', () => {
  it('has real lawful messages to try', () => {
    expect(lawful.length).toBeGreaterThanOrEqual(75);
  });

  it('never turns one into a flagged message', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lawful), fc.array(disguise, { minLength: 1, maxLength: 3 }), fc.nat(1000), (text, ways, seed) => {
        const dressed = ways.reduce((s, way) => way(s, seed), text);
        expect(checkMessage(dressed).flags.map((f) => f.rule), dressed).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});
