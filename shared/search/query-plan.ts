/**
 * Turns a raw query into term groups (term-groups.ts) and a fuse.js query:
 * 1. cap the length (MAX_QUERY_LENGTH), fold (width, case, diacritics, Traditional → Simplified);
 * 2. drop fillers and stop-words (clean-query.ts); dropped words break pairs;
 * 3. each remaining Chinese character → unigram group; each adjacent pair → bigram group (with its
 *    homophones); words of 3+ characters → phrase-bonus group; numbers → number group; English words →
 *    word group (stem, typo and prefix expansions);
 * 4. runs of words that spell pinyin (cuishou shangmen) → syllable-pair groups, as if the characters had
 *    been typed; a word that is neither pinyin nor indexed is tried as pinyin initials (cssm);
 * 5. synonym sets of the query's words → bonus groups, or stand-ins for words the corpus lacks.
 */
import { cleanQuery, type QueryUnit } from './clean-query.ts';
import { foldForSearch } from './fold-text.ts';
import { addPinyinRun } from './pinyin-run.ts';
import { splitPinyin } from './pinyin-syllables.ts';
import { stem } from './stem.ts';
import { SYNONYM_SETS } from './synonyms.ts';
import {
  charPairGroup, initialsGroup, literalGroup, phraseGroup, synonymAlt, wordGroup, type Alt, type PlanIndex, type TermGroup,
} from './term-groups.ts';
import { pairToken } from './tokenize.ts';
import { GROUP_WEIGHT, MAX_QUERY_LENGTH } from './weights.ts';

/** What a query asks for. */
export interface QueryPlan {
  groups: TermGroup[];
  /** Space-separated ASCII words for fuse.js ('' when there are none). */
  fuseQuery: string;
}

/** Plans a query against an index. Never throws on any string; non-strings plan to nothing. */
export function planQuery(index: PlanIndex, raw: unknown): QueryPlan {
  if (typeof raw !== 'string') return { groups: [], fuseQuery: '' };
  const folded = foldForSearch(raw.slice(0, MAX_QUERY_LENGTH)).slice(0, MAX_QUERY_LENGTH * 2);
  const { cleaned, runs, longWords } = cleanQuery(folded, index.protectedTerms);

  const groups = new Map<string, TermGroup>();
  const add = (g: TermGroup) => {
    const existing = groups.get(g.key);
    if (!existing) groups.set(g.key, g);
    else existing.core ||= g.core;
  };
  const latinGroups: Array<{ unit: QueryUnit; group: TermGroup }> = [];
  for (const run of runs) {
    // Pairs first: a character only gets a unigram group when no pair it is part of matched anything.
    const covered = run.map(() => false);
    run.forEach((unit, i) => {
      const next = run[i + 1];
      if (!next || !pairToken(unit, next)) return;
      const bothHan = unit.kind === 'han' && next.kind === 'han';
      const bridge = bothHan && unit.word !== next.word;
      const group = charPairGroup(index, unit.text, next.text, bridge);
      if (!bridge && unit.wordLength > 2) group.weight /= unit.wordLength - 1;
      // A pair across a word boundary counts fully only when the segmenter left both characters alone
      // (催|收: ICU does not know the word), half when it joins the end of one word to the next.
      if (bridge && (unit.wordLength > 1 || next.wordLength > 1)) group.weight *= 0.5;
      if (group.alts.length) covered[i] = covered[i + 1] = true;
      add(group);
    });
    run.forEach((unit, i) => {
      if (unit.kind === 'han') {
        if (!covered[i]) add(literalGroup(index, 'unigram', unit.text, true));
      } else if (unit.kind === 'num') add(literalGroup(index, 'number', unit.text, true));
      else if (unit.kind === 'other') add(literalGroup(index, 'word', unit.text, true));
      else {
        const group = wordGroup(index, unit.text);
        add(group);
        latinGroups.push({ unit, group: groups.get(group.key) ?? group });
      }
    });
  }
  for (const word of longWords) {
    const g = phraseGroup(index, word);
    if (g.alts.length) add(g);
  }

  // Typed pinyin: consecutive ASCII words that all split into syllables.
  let pending: Array<{ entry: (typeof latinGroups)[number]; splits: string[][] }> = [];
  const flush = () => {
    if (!pending.length) return;
    const matched = addPinyinRun(index, pending.map((p) => p.splits), add);
    pending.forEach((p, i) => {
      if (matched[i] && !p.entry.group.alts.length) p.entry.group.core = false;
    });
    pending = [];
  };
  const hasChinese = index.charsByReading.size > 0;
  for (const entry of latinGroups) {
    const splits = hasChinese && !entry.unit.embedded ? splitPinyin(entry.unit.text) : null;
    if (splits) {
      pending.push({ entry, splits });
      continue;
    }
    flush();
    const text = entry.unit.text;
    if (hasChinese && !entry.unit.embedded && !entry.group.alts.length && text.length >= 2 && text.length <= 8) {
      const g = initialsGroup(index, text);
      if (g.alts.length) {
        entry.group.core = false;
        add(g);
      }
    }
  }
  flush();

  addSynonyms(index, cleaned, latinGroups.map((e) => stem(e.unit.text)), add, groups);

  // Short words are left out: one typo in three letters matches nearly anything.
  const fuseWords = latinGroups.map((e) => e.unit.text).filter((w) => w.length >= 4);
  // Runs of 3+ Chinese characters go to fuse.js too: near-miss names (融易借 for 融e借) in titles and aliases.
  for (const run of runs) {
    const han = run.filter((u) => u.kind === 'han').map((u) => u.text).join('');
    if (han.length >= 3 && han.length <= 12) fuseWords.push(han);
  }
  return { groups: [...groups.values()], fuseQuery: [...new Set(fuseWords)].slice(0, 12).join(' ') };
}

/**
 * Synonym sets the query touches. When the query's own word is not in the index at all (爸妈 where pages say
 * 父母), the set stands in for it as a core group; otherwise it is a bonus.
 */
function addSynonyms(
  index: PlanIndex, cleaned: string, stems: string[], add: (g: TermGroup) => void, groups: Map<string, TermGroup>,
): void {
  const stemSet = new Set(stems);
  const literal = new Set([...groups.values()].flatMap((g) => g.alts.filter((a) => a.weight === 1).map((a) => a.token)));
  for (const set of SYNONYM_SETS) {
    const triggered = set.filter((m) => (/^[a-z]+$/.test(m) ? stemSet.has(stem(m)) : cleaned.includes(m)));
    if (!triggered.length) continue;
    const alts: Alt[] = [];
    for (const member of set) {
      if (triggered.includes(member)) continue;
      const alt = synonymAlt(index, member);
      if (alt && !literal.has(alt.token) && !alts.some((a) => a.token === alt.token)) alts.push(alt);
    }
    if (!alts.length) continue;
    const missing = triggered.every((m) => synonymAlt(index, m) === null);
    if (missing) {
      for (const m of triggered) for (const key of memberGroupKeys(m)) {
        const g = groups.get(key);
        if (g && !g.alts.length) g.core = false;
      }
    }
    const weight = missing ? GROUP_WEIGHT.bigram * ALT_WEIGHT_STAND_IN : GROUP_WEIGHT.synonym;
    add({ kind: 'synonym', key: `y:${set[0] ?? ''}`, weight, core: missing, alts });
  }
}

/** A missing word's synonyms count this much of the word itself. */
const ALT_WEIGHT_STAND_IN = 0.85;

/** Keys of the groups a synonym-set member produced in the query (its word group, or its pairs). */
function memberGroupKeys(member: string): string[] {
  if (/^[a-z]+$/.test(member)) return [`w:${stem(member)}`];
  const chars = Array.from(member);
  return chars.slice(1).map((c, i) => `b:${chars[i] ?? ''}${c}`);
}
