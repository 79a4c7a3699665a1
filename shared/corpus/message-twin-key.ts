/**
 * The key two quotations of one message share: the canonical text (Traditional folded to Simplified,
 * obfuscation undone, case folded) with everything but letters and digits dropped. Masks and punctuation
 * that differ between pages do not matter.
 */
import { canonicalText } from '../text/canonical-text.ts';

export function messageTwinKey(text: string): string {
  return canonicalText(text).text.replace(/[^\p{L}\p{N}]+/gu, '');
}
