/**
 * A small longest-first phrase matcher: which listed phrase starts at position i of a text? Used instead
 * of regular expressions so that every scan in this folder is a plain, bounded, linear loop.
 */

export type PhraseTable<T> = {
  /** Every phrase in the table. */
  phrases: readonly string[];
  /** The longest phrase starting at `index`, with its value, or undefined. */
  matchAt(text: string, index: number): { phrase: string; value: T } | undefined;
};

/** Builds a table from [phrase, value] pairs; phrases must already be folded (see foldForMatch). */
export function phraseTable<T>(entries: ReadonlyArray<readonly [string, T]>): PhraseTable<T> {
  const byFirst = new Map<string, Array<{ phrase: string; value: T }>>();
  for (const [phrase, value] of entries) {
    if (phrase.length === 0) continue;
    const first = phrase[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push({ phrase, value });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    phrases: entries.map(([phrase]) => phrase),
    matchAt(text, index) {
      const list = byFirst.get(text.charAt(index));
      if (!list) return undefined;
      return list.find((entry) => text.startsWith(entry.phrase, index));
    },
  };
}

/** The same table with every phrase mapped to `true`: for plain word lists. */
export function wordTable(words: readonly string[]): PhraseTable<true> {
  return phraseTable(words.map((word) => [word, true] as const));
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/**
 * True when one of the words occurs in `text` (used on short, bounded windows only). A word that starts or
 * ends with a Latin letter must stand as a whole word there: "cap" is not found in "capital".
 */
export function containsAny(text: string, table: PhraseTable<unknown>): boolean {
  for (let i = 0; i < text.length; i++) {
    const found = table.matchAt(text, i);
    if (!found) continue;
    const { phrase } = found;
    if (isLetter(phrase[0]) && isLetter(text[i - 1])) continue;
    if (isLetter(phrase[phrase.length - 1]) && isLetter(text[i + phrase.length])) continue;
    return true;
  }
  return false;
}
