/**
 * Reads an internationalised host label back into Unicode: `xn--fiqs8s` → 中国, `xn--lipay-3ve` → аlipay
 * (Cyrillic а). Browsers hand content scripts and the URL parser hand everyone the ASCII (Punycode) form, and a
 * look-alike can only be seen in the Unicode one. The decoder of RFC 3492 §6.2, pure and browser-safe.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const ACE_PREFIX = 'xn--';

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 → 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41; // A-Z
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z
  return BASE;
}

/** Decodes a Punycode string (without the `xn--` prefix). Throws on malformed input. */
export function decodePunycode(input: string): string {
  const basicEnd = input.lastIndexOf('-');
  const output = basicEnd > 0 ? [...input.slice(0, basicEnd)].map((ch) => ch.codePointAt(0) as number) : [];
  if (output.some((code) => code >= 0x80)) throw new Error(`not Punycode: ${input}`);
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let at = basicEnd > 0 ? basicEnd + 1 : 0; at < input.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (at >= input.length) throw new Error(`truncated Punycode: ${input}`);
      const digit = digitValue(input.charCodeAt(at++));
      if (digit >= BASE) throw new Error(`bad Punycode digit in ${input}`);
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x7fffffff || w > 0x7fffffff) throw new Error(`Punycode overflow in ${input}`);
    }
    const points = output.length + 1;
    bias = adapt(i - oldI, points, oldI === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) throw new Error(`Punycode overflow in ${input}`);
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** A host label in Unicode: `xn--…` labels decoded, others as they are; a malformed `xn--` label stays as it is. */
export function labelToUnicode(label: string): string {
  if (!label.toLowerCase().startsWith(ACE_PREFIX)) return label;
  try {
    return decodePunycode(label.slice(ACE_PREFIX.length));
  } catch {
    // not valid Punycode: the browser would not have produced it; read it as the ASCII it is
    return label;
  }
}
