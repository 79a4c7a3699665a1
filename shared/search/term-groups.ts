/**
 * The pieces a query is made of (see query-plan.ts). A term group is one thing the query asks for, with the
 * indexed tokens that satisfy it (its alternatives): the literal token and, at lower weights, homophones,
 * fuzzy-pinyin matches, English words one edit away or sharing a prefix, and synonyms. A page's score for a
 * group is its best alternative; groups add up.
 */
import type { LoadedIndex, Posting } from './load-index.ts';
import { expandWord } from './expand-terms.ts';
import { charPairKeys, fuzzySyllable } from './pinyin-keys.ts';
import { initialsPostings, phrasePostings } from './scan-postings.ts';
import { stem } from './stem.ts';
import { ALT_WEIGHT, GROUP_WEIGHT } from './weights.ts';

export type GroupKind = keyof typeof GROUP_WEIGHT;

/** An indexed token that satisfies a group, and its weight relative to the literal (1). */
export interface Alt {
  token: string;
  weight: number;
  /** Postings found by scanning the text (phrases, initials), for tokens the index does not hold. */
  postings?: readonly Posting[];
}

/** One thing the query asks for. */
export interface TermGroup {
  kind: GroupKind;
  /** Dedupe key: the same key twice in a query counts once. */
  key: string;
  weight: number;
  /** Core groups make up the query's ideal score (score-pages.ts); bonus groups only add. */
  core: boolean;
  alts: Alt[];
}

/** The parts of the loaded index a query plan needs. */
export type PlanIndex = Pick<
  LoadedIndex,
  'postings' | 'charsByReading' | 'charsByFuzzyReading' | 'latinVocab' | 'foldedFields' | 'fieldNorms' | 'protectedTerms'
>;

const MAX_ALTS = 40;
const MAX_PAIR_CHECKS = 600;

function has(index: PlanIndex, token: string): boolean {
  return index.postings.has(token);
}

function pushAlt(alts: Alt[], token: string, weight: number): void {
  if (alts.length >= MAX_ALTS) return;
  const existing = alts.find((a) => a.token === token);
  if (existing) existing.weight = Math.max(existing.weight, weight);
  else alts.push({ token, weight });
}

/** Indexed character pairs whose characters have readings `r1` and `r2` (or their fuzzy forms). */
export function pairsForReadings(index: PlanIndex, r1: string, r2: string, fuzzy: boolean): string[] {
  const map = fuzzy ? index.charsByFuzzyReading : index.charsByReading;
  const a = map.get(fuzzy ? fuzzySyllable(r1) : r1) ?? [];
  const b = map.get(fuzzy ? fuzzySyllable(r2) : r2) ?? [];
  const out: string[] = [];
  let checks = 0;
  for (const x of a) {
    for (const y of b) {
      if (++checks > MAX_PAIR_CHECKS) return out;
      if (has(index, x + y)) out.push(x + y);
    }
  }
  return out;
}

/** The group of a pair of adjacent query characters: the pair itself and its homophones. */
export function charPairGroup(index: PlanIndex, a: string, b: string, bridge: boolean): TermGroup {
  const literal = a + b;
  const alts: Alt[] = [];
  if (has(index, literal)) pushAlt(alts, literal, 1);
  const bothHan = /^\p{Script=Han}$/u.test(a) && /^\p{Script=Han}$/u.test(b);
  if (bothHan) {
    for (const key of charPairKeys(a, b)) {
      const [r1 = '', r2 = ''] = key.split(' ');
      for (const t of pairsForReadings(index, r1, r2, false)) if (t !== literal) pushAlt(alts, t, ALT_WEIGHT.homophone);
    }
  }
  return { kind: 'bigram', key: `b:${literal}`, weight: GROUP_WEIGHT.bigram, core: alts.length > 0 || !bridge, alts };
}

/** The group of a typed pinyin syllable pair (cui + shou → 催收, and fuzzy matches). */
export function pinyinPairGroup(index: PlanIndex, r1: string, r2: string, core: boolean): TermGroup {
  const alts: Alt[] = [];
  for (const t of pairsForReadings(index, r1, r2, false)) pushAlt(alts, t, 1);
  for (const t of pairsForReadings(index, r1, r2, true)) pushAlt(alts, t, ALT_WEIGHT.fuzzyPinyin);
  return { kind: 'bigram', key: `p:${r1} ${r2}`, weight: GROUP_WEIGHT.bigram, core, alts };
}

/** The group of a single typed pinyin syllable: every indexed character read that way. */
export function pinyinSyllableGroup(index: PlanIndex, syllable: string): TermGroup {
  const alts: Alt[] = [];
  for (const ch of index.charsByReading.get(syllable) ?? []) pushAlt(alts, ch, 1);
  return { kind: 'pinyinSyllable', key: `s:${syllable}`, weight: GROUP_WEIGHT.pinyinSyllable, core: true, alts };
}

/** A group for one literal token that matches only itself (unigram, number, long word, other letters). */
export function literalGroup(index: PlanIndex, kind: GroupKind, token: string, core: boolean): TermGroup {
  return { kind, key: `${kind}:${token}`, weight: GROUP_WEIGHT[kind], core, alts: has(index, token) ? [{ token, weight: 1 }] : [] };
}

/** The group of an English word: its stem, and indexed words near it. */
export function wordGroup(index: PlanIndex, word: string): TermGroup {
  const token = stem(word);
  const indexed = has(index, token);
  const alts: Alt[] = indexed ? [{ token, weight: 1 }] : [];
  for (const e of expandWord(token, index.latinVocab, indexed)) pushAlt(alts, e.token, e.weight);
  return { kind: 'word', key: `w:${token}`, weight: GROUP_WEIGHT.word, core: true, alts };
}

/** An alternative found by scanning the text for a phrase, or null when no page holds it. */
export function phraseAlt(index: PlanIndex, phrase: string, weight = 1): Alt | null {
  if (has(index, phrase)) return { token: phrase, weight };
  const postings = phrasePostings(index, phrase);
  return postings.length ? { token: phrase, weight, postings } : null;
}

/** The bonus group of a whole word of 3+ characters (打电话), matched as a phrase. */
export function phraseGroup(index: PlanIndex, word: string): TermGroup {
  const alt = phraseAlt(index, word);
  return { kind: 'longWord', key: `longWord:${word}`, weight: GROUP_WEIGHT.longWord, core: false, alts: alt ? [alt] : [] };
}

/** The group of typed pinyin initials (cssm), matched by scanning the initials of the page text. */
export function initialsGroup(index: PlanIndex, letters: string): TermGroup {
  const postings = initialsPostings(index, letters);
  const alts = postings.length ? [{ token: letters, weight: 1, postings }] : [];
  return { kind: 'initials', key: `i:${letters}`, weight: GROUP_WEIGHT.initials, core: true, alts };
}

/** The alternative that stands for a synonym: its stem or pair in the index, or the phrase found by a scan. */
export function synonymAlt(index: PlanIndex, term: string): Alt | null {
  if (/^[a-z]+$/.test(term)) {
    const t = stem(term);
    return has(index, t) ? { token: t, weight: 1 } : null;
  }
  return phraseAlt(index, term);
}
