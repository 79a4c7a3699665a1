/**
 * Characters that show nothing — soft hyphen, zero-width spaces and joiners, direction marks, variation
 * selectors, tag characters, skin-tone modifiers — and are used to cut words so that filters miss them
 * (逾\u200b期). One list for every engine: the message canonical form, a page's visible text and the
 * extension's pre-check all drop them.
 */

/** Code point ranges that show nothing. */
export const INVISIBLE: readonly [number, number][] = [
  [0xad, 0xad], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff], [0xe0000, 0xe007f], [0x1f3fb, 0x1f3ff],
];

const INVISIBLE_PATTERN = new RegExp(`[${INVISIBLE.map(([lo, hi]) => `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`).join('')}]`, 'gu');

export function isInvisible(cp: string): boolean {
  const code = cp.codePointAt(0)!;
  return INVISIBLE.some(([lo, hi]) => code >= lo && code <= hi);
}

/** `text` without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_PATTERN, '');
}
