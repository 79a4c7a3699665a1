/**
 * A letter's form values: remembered in localStorage per letter slug (and so shared by the page's
 * languages), except an identity number (`id-number` fields), which is never written down; and turned into
 * the finished letter with the shared `fillPlaceholders`.
 */
import type { LetterField } from '@debtguide/shared/content/schema';
import { fillPlaceholders } from '../../../../../shared/content/letter-placeholders.ts';

export type LetterValues = Record<string, string>;

/** What a field left empty prints as: a line to write on by hand. */
export const BLANK = '________';

/** What every letter's localStorage key starts with. */
export const LETTER_STORAGE_PREFIX = 'debtguide.letter.';

/** The localStorage key of a letter's values (`letters/hardship-request` → `debtguide.letter.letters/hardship-request`). */
export function letterStorageKey(slug: string): string {
  return `${LETTER_STORAGE_PREFIX}${slug}`;
}

/** Whether a field's value may be kept on the device: every field but an identity number. */
export function isRemembered(field: LetterField): boolean {
  return field.type !== 'id-number';
}

/**
 * The values to store, `{"version":1,"values":{name: text}}`, or null when nothing is left to keep: only
 * the form's fields that are remembered, and only those filled in. Read back by hand rather than with zod,
 * which would be most of this island's JavaScript on every letter page (unknown shapes are simply dropped).
 */
export function serializeValues(values: LetterValues, fields: readonly LetterField[]): string | null {
  const kept = Object.fromEntries(
    fields.filter((field) => isRemembered(field) && (values[field.name] ?? '') !== '').map((field) => [field.name, values[field.name]]),
  );
  return Object.keys(kept).length > 0 ? JSON.stringify({ version: 1, values: kept }) : null;
}

/** Every letter's stored values in `storage` (all languages, all letters): the keys "forget" removes. */
export function letterStorageKeys(storage: Pick<Storage, 'length' | 'key'>): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(LETTER_STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

function storedValues(raw: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || (parsed as { version?: unknown }).version !== 1) return undefined;
    const values = (parsed as { values?: unknown }).values;
    return typeof values === 'object' && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stored values that still fit the form: unknown names, fields never remembered (an identity number an
 * older version may have kept) and select values that are not among this language's options are dropped;
 * anything unreadable gives an empty form.
 */
export function restoreValues(raw: string | null, fields: readonly LetterField[]): LetterValues {
  const stored = raw ? storedValues(raw) : undefined;
  if (!stored) return {};
  const values: LetterValues = {};
  for (const field of fields.filter(isRemembered)) {
    const value = stored[field.name];
    if (typeof value !== 'string') continue;
    if (field.type === 'select' && value !== '' && !field.options?.includes(value)) continue;
    values[field.name] = value;
  }
  return values;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date input's value as written in a letter: 2026年11月24日, or 24 November 2026 in English. */
export function formatLetterDate(value: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return lang === 'en' ? `${day} ${MONTHS_EN[month - 1] ?? month} ${year}` : `${year}年${month}月${day}日`;
}

/** What a field contributes to the letter: the trimmed value, a date written out, or a blank. */
export function letterValue(field: LetterField, value: string | undefined, lang: string): string {
  const text = (value ?? '').trim();
  if (text === '') return BLANK;
  return field.type === 'date' ? formatLetterDate(text, lang) : text;
}

/** The finished letter: every placeholder filled, empty fields left as blanks. */
export function fillLetter(template: string, fields: readonly LetterField[], values: LetterValues, lang: string): string {
  const filled = Object.fromEntries(fields.map((field) => [field.name, letterValue(field, values[field.name], lang)]));
  return fillPlaceholders(template, filled);
}

/** The required fields still empty, in form order. */
export function missingRequired(fields: readonly LetterField[], values: LetterValues): LetterField[] {
  return fields.filter((field) => field.required && (values[field.name] ?? '').trim() === '');
}

/** The download's file name: `hardship-request.txt`. */
export function letterFileName(slug: string): string {
  return `${slug.split('/').at(-1) ?? 'letter'}.txt`;
}
