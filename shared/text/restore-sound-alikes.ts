/**
 * Turns spellings by sound back into the words they stand for: pinyin for some characters (jing察, 起su,
 * fayuan), a character of the same sound (井察 → 警察, 起塑 → 起诉) and initials (txl → 通讯录). A sound-alike
 * character counts only beside at least one right character, so ordinary words that merely sound alike
 * (形式 ≠ 刑事) are left alone, and a short list of real look-alike words (经查, 同时) never changes.
 */
import { CHARS_BY_SYLLABLE, WORD_READINGS } from './sound-alike-data.ts';
import { ABBREVIATIONS, SOUND_ALIKE_EXCEPTIONS } from './sound-alike-words.ts';

type Word = { word: string; slots: readonly (readonly string[])[] };

const WORDS: readonly Word[] = WORD_READINGS.map(([word, readings]) => ({
  word,
  slots: readings.split(' ').map((slot) => slot.split('|')),
}));
const EXCEPTIONS = new Set(SOUND_ALIKE_EXCEPTIONS);

/** Character → the listed syllables it can be read as. */
const SYLLABLES_OF = new Map<string, Set<string>>();
for (const [syllable, chars] of Object.entries(CHARS_BY_SYLLABLE)) {
  for (const ch of chars) {
    let set = SYLLABLES_OF.get(ch);
    if (!set) SYLLABLES_OF.set(ch, (set = new Set()));
    set.add(syllable);
  }
}

const LETTER = /[a-z]/;

/** The words a reading could start with at a character (cached): exact, sound-alike or a pinyin letter. */
const startCache = new Map<string, readonly Word[]>();
function wordsStartingAt(ch: string): readonly Word[] {
  let words = startCache.get(ch);
  if (!words) {
    const sounds = SYLLABLES_OF.get(ch);
    words = WORDS.filter((w) => w.word[0] === ch || w.slots[0]!.some((s) => sounds?.has(s) || (LETTER.test(ch) && s[0] === ch)));
    startCache.set(ch, words);
  }
  return words;
}

type Slot = { end: number; kind: 'exact' | 'sound' | 'latin' };

/** The ways slot `k` of `word` can be read at `at`: the character itself, a sound-alike, or pinyin. */
function slotOptions(text: string, at: number, word: Word, k: number): Slot[] {
  const ch = text[at];
  if (ch === undefined) return [];
  if (ch === word.word[k]) return [{ end: at + 1, kind: 'exact' }];
  const options: Slot[] = [];
  const sounds = SYLLABLES_OF.get(ch);
  if (sounds && word.slots[k]!.some((s) => sounds.has(s))) options.push({ end: at + 1, kind: 'sound' });
  if (LETTER.test(ch)) {
    for (const s of word.slots[k]!) if (text.startsWith(s, at)) options.push({ end: at + s.length, kind: 'latin' });
  }
  return options;
}

/** End of the longest acceptable reading of `word` starting at `at`, or -1. */
function matchWord(text: string, at: number, word: Word): number {
  let best = -1;
  const walk = (pos: number, k: number, exact: number, sound: number, latin: number, firstLatin: boolean, lastLatin: boolean): void => {
    if (k === word.slots.length) {
      if (latin === 0 && exact === 0) return;
      if (firstLatin && LETTER.test(text[at - 1] ?? '')) return;
      if (lastLatin && LETTER.test(text[pos] ?? '')) return;
      if (latin === k && text.slice(at, pos).length < 4) return;
      if (sound > 0 && latin === 0 && EXCEPTIONS.has(text.slice(at, pos))) return;
      if (pos > best) best = pos;
      return;
    }
    for (const slot of slotOptions(text, pos, word, k)) {
      const isLatin = slot.kind === 'latin';
      walk(slot.end, k + 1, exact + (slot.kind === 'exact' ? 1 : 0), sound + (slot.kind === 'sound' ? 1 : 0),
        latin + (isLatin ? 1 : 0), k === 0 ? isLatin : firstLatin, isLatin);
    }
  };
  walk(at, 0, 0, 0, 0, false, false);
  return best;
}

/** A whole Latin token that is a known abbreviation (txl, zfb), as [end, word], or null. */
function matchAbbreviation(text: string, at: number): [number, string] | null {
  if (!LETTER.test(text[at]!) || LETTER.test(text[at - 1] ?? '')) return null;
  let end = at;
  while (end < text.length && LETTER.test(text[end]!)) end++;
  const word = ABBREVIATIONS[text.slice(at, end)];
  return word ? [end, word] : null;
}

export function restoreSoundAlikes(text: string, emit: (piece: string, from: number, to: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const abbreviation = matchAbbreviation(text, i);
    if (abbreviation) {
      emit(abbreviation[1], i, abbreviation[0]);
      i = abbreviation[0];
      continue;
    }
    let bestEnd = -1;
    let bestWord = '';
    for (const word of wordsStartingAt(text[i]!)) {
      const end = matchWord(text, i, word);
      if (end > bestEnd) [bestEnd, bestWord] = [end, word.word];
    }
    if (bestEnd > i) {
      emit(bestWord, i, bestEnd);
      i = bestEnd;
    } else if (LETTER.test(text[i]!)) {
      let end = i;
      while (end < text.length && LETTER.test(text[end]!)) end++;
      emit(text.slice(i, end), i, end);
      i = end;
    } else {
      emit(text[i]!, i, i + 1);
      i++;
    }
  }
}
