/**
 * Reads one host label as a sequence of known words — lender brands, service words, fillers, digits — the
 * way a person glancing at an address would: `icbc-kefu` is ICBC + 客服, `a1ipay` is "alipay" with a digit
 * for the l, `ccbill` is not CCB (the `ill` is no word). A label that cannot be read entirely says nothing.
 * Pure and browser-safe.
 */
import { CONFUSABLE_PAIRS, CONFUSABLES } from './lookalike-words.ts';

export type Vocabulary = {
  /** Brands (lower-case Latin or Simplified Chinese) and whose they are. */
  brands: readonly { text: string; lenderId: string }[];
  service: readonly string[];
  filler: readonly string[];
  /** Top-level names (com, cn…) that spell a domain right after a brand. */
  domain: readonly string[];
};

/** What a label was read as (one reading among all that cover it). */
export type LabelReading = {
  /** The lender of the first brand in the label, if any. */
  lenderId: string | null;
  /** A service word is part of it (客服, kefu, legal…). */
  service: boolean;
  /** The brand was written with stand-in characters (a digit, another script, accents, `rn` for m). */
  deceptive: boolean;
  /** A top-level name follows the brand inside the label (`jd-com`, `icbccomcn`). */
  spellsDomain: boolean;
};

type State = LabelReading & { afterBrand: boolean };

/** Every end position of `brand` read at `from` in `label`, with whether a stand-in was needed. */
function brandEnds(label: string, from: number, brand: string): { end: number; deceptive: boolean }[] {
  const ends: { end: number; deceptive: boolean }[] = [];
  const walk = (i: number, j: number, deceptive: boolean): void => {
    if (i === brand.length) {
      ends.push({ end: j, deceptive });
      return;
    }
    const want = brand[i] as string;
    const got = label[j];
    if (got === undefined) return;
    if (got === want) walk(i + 1, j + 1, deceptive);
    else if (CONFUSABLES[got]?.includes(want)) walk(i + 1, j + 1, true);
    const pair = CONFUSABLE_PAIRS[want];
    if (pair && label.startsWith(pair, j)) walk(i + 1, j + pair.length, true);
  };
  walk(0, from, false);
  return ends;
}

function keyOf(s: State): string {
  return `${s.lenderId}|${s.service}|${s.deceptive}|${s.spellsDomain}|${s.afterBrand}`;
}

/** Accented Latin letters read without their marks (`á` → a); true in `marked` when any were there. */
function withoutMarks(label: string): { text: string; marked: boolean } {
  const text = label.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return { text, marked: text !== label.normalize('NFC') };
}

/**
 * Every way `label` reads entirely as words of `vocabulary` (the empty list when it cannot be read).
 * `label` is lower case, in Unicode (Punycode decoded), Chinese in Simplified.
 */
export function readHostLabel(rawLabel: string, vocabulary: Vocabulary): LabelReading[] {
  const { text: label, marked } = withoutMarks(rawLabel);
  const reach: Map<string, State>[] = Array.from({ length: label.length + 1 }, () => new Map());
  const add = (at: number, state: State) => reach[at]?.set(keyOf(state), state);
  add(0, { lenderId: null, service: false, deceptive: false, spellsDomain: false, afterBrand: false });
  for (let at = 0; at < label.length; at++) {
    for (const state of reach[at]?.values() ?? []) {
      const word = (list: readonly string[], change: (s: State) => State) => {
        for (const w of list) if (label.startsWith(w, at)) add(at + w.length, change(state));
      };
      word(vocabulary.service, (s) => ({ ...s, service: true, afterBrand: false }));
      word(vocabulary.domain, (s) => ({ ...s, spellsDomain: s.spellsDomain || s.afterBrand, afterBrand: false }));
      word(vocabulary.filler, (s) => ({ ...s, afterBrand: s.afterBrand && label[at] === '-' }));
      const digits = /^\d+/.exec(label.slice(at))?.[0];
      if (digits) add(at + digits.length, { ...state, afterBrand: false });
      for (const { text, lenderId } of vocabulary.brands) {
        for (const { end, deceptive } of brandEnds(label, at, text)) {
          add(end, { ...state, lenderId: state.lenderId ?? lenderId, deceptive: state.deceptive || deceptive || marked, afterBrand: true });
        }
      }
    }
  }
  return [...(reach[label.length]?.values() ?? [])].map(({ lenderId, service, deceptive, spellsDomain }) => ({ lenderId, service, deceptive, spellsDomain }));
}
