/**
 * Text normalisation shared by every engine. Two flavours:
 * - `foldForMatch` keeps the string's length (one UTF-16 unit in, one out) so that offsets found in the
 *   folded text point at the same characters in the original: used for evidence spans and rate quotes.
 * - `toSimplified` is phrase-aware (Taiwan phrases such as 簡訊 → 短信) and may change length: used for
 *   search queries and index keys, where offsets do not matter.
 */
import { Converter } from 'opencc-js/t2cn';

const charConverter = Converter({ from: 'tw', to: 'cn' });
const phraseConverter = Converter({ from: 'twp', to: 'cn' });

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms; ASCII is lower-cased. */
export function foldWidthAndCase(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    out += String.fromCharCode(code);
  }
  return out;
}

/** Traditional → Simplified, character by character, guaranteed to keep the length. */
export function toSimplifiedSameLength(text: string): string {
  const converted = charConverter(text);
  if (converted.length === text.length) return converted;
  let out = '';
  for (const ch of text) {
    const one = charConverter(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Length-preserving fold for matching: width, ASCII case, Traditional → Simplified. */
export function foldForMatch(text: string): string {
  return toSimplifiedSameLength(foldWidthAndCase(text));
}

/** Phrase-aware Traditional → Simplified (may change length). */
export function toSimplified(text: string): string {
  return phraseConverter(text);
}
