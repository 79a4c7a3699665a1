/**
 * Whether a quote is the law's own words: found character for character in an article's text once all
 * whitespace is taken out of both (the texts are Chinese: spaces and line breaks carry no words). A quote may
 * leave words out where it says so with ……: each part must then be found, in order, in the same article.
 */

/** The omission mark a quote may use between the parts it keeps. */
export const OMISSION = '……';

/** Shortest quote (in characters, whitespace left out) that can show what an article says. */
export const MIN_QUOTE_LENGTH = 6;

/** The text with every whitespace character (including the ideographic space) taken out. */
export function withoutWhitespace(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** The parts of a quote between its omission marks, whitespace taken out; empty parts dropped. */
export function quoteParts(quote: string): string[] {
  return quote.split(OMISSION).map(withoutWhitespace).filter((part) => part !== '');
}

/** Whether every part of `quote` occurs in `paragraphs` (an article), in order and without overlapping. */
export function quoteIsIn(quote: string, paragraphs: readonly string[]): boolean {
  const text = withoutWhitespace(paragraphs.join(''));
  const parts = quoteParts(quote);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * The longest start of the quote's first part missing from every text that is found in one of them: where a
 * mistyped quote stops agreeing with the law ('' when not even its first character is there).
 */
export function agreesUpTo(quote: string, texts: readonly (readonly string[])[]): string {
  const joined = texts.map((paragraphs) => withoutWhitespace(paragraphs.join('')));
  const parts = quoteParts(quote);
  const failing = parts.find((part) => !joined.some((text) => text.includes(part))) ?? parts[0] ?? '';
  let [low, high] = [0, failing.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (joined.some((text) => text.includes(failing.slice(0, mid)))) low = mid;
    else high = mid - 1;
  }
  return failing.slice(0, low);
}
