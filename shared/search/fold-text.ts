/**
 * Normalisation applied identically to indexed text and to queries: full-width → half-width, lower case,
 * diacritics dropped (pinyin with tone marks becomes toneless; ü becomes v, as pinyin keys spell it) and,
 * when the text holds Chinese, phrase-aware Traditional → Simplified (簡訊 → 短信).
 */
import { foldWidthAndCase, toSimplified } from '../text/normalize.ts';

const HAN = /\p{Script=Han}/u;
const COMBINING_MARKS = /\p{M}+/gu;

/** Folds `text` for matching; the result may differ in length from the input. */
export function foldForSearch(text: string): string {
  let out = foldWidthAndCase(text).replace(/[üǖǘǚǜ]/g, 'v');
  if (/[^ -~\t\n\r]/.test(out)) out = out.normalize('NFKD').replace(COMBINING_MARKS, '');
  if (HAN.test(out)) out = toSimplified(out);
  return out;
}
