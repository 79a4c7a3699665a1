/**
 * The text the message rules read: what a person would read, whatever was done to dodge keyword filters.
 * Width, case and Traditional script folded (`foldForMatch`), compatibility forms and look-alike letters
 * folded, emoji read as words, separators between characters taken out, and spellings by sound turned back
 * into words, written Cantonese read as Mandarin. The result maps every unit back to the original, so evidence is always the sender's words.
 */
import { foldSymbols } from './fold-symbols.ts';
import { joinSpacedHan } from './join-spaced-han.ts';
import { identityMapped, remap } from './mapped-text.ts';
import type { MappedText } from './mapped-text.ts';
import { foldForMatch } from './normalize.ts';
import { hasCantonese, readCantonese } from './read-cantonese.ts';
import { restoreSoundAlikes } from './restore-sound-alikes.ts';

export type { MappedText } from './mapped-text.ts';
export { originalSpan } from './mapped-text.ts';

export function canonicalText(text: string): MappedText {
  let mapped = identityMapped(foldForMatch(text));
  mapped = remap(mapped, foldSymbols);
  mapped = remap(mapped, joinSpacedHan);
  mapped = remap(mapped, restoreSoundAlikes);
  if (hasCantonese(mapped.text)) mapped = remap(mapped, readCantonese);
  return mapped;
}
