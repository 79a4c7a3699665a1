/**
 * Browser-safe helpers for the tools' UI strings. The strings themselves are chosen at build time
 * (tool-strings.ts) and reach an island as a plain `Strings` prop, so no dictionary or converter is shipped.
 */
import { formatAmount } from '@debtguide/shared/format-amount';

/** UI strings by flat dotted key (`apr.result.simple`). */
export type Strings = Readonly<Record<string, string>>;

/** Replaces each `{name}` in `template` with `vars[name]`; unknown names are left as they are. */
export function format(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A lookup for one island: `t('apr.result.simple')`, `t('evidence.count', { n: 3 })`. A missing key shows
 * the key itself, so a gap is visible rather than silent (a unit test keeps the dictionaries complete).
 */
export function translator(strings: Strings): (key: string, vars?: Readonly<Record<string, string | number>>) => string {
  return (key, vars) => format(strings[key] ?? key, vars);
}

/** A percentage with two decimals, as the contract reports rates: 18.25 → "18.25%". */
export function percent(value: number): string {
  return `${value.toFixed(2)}%`;
}

/** An amount of yuan with two decimals and grouping, in the reader's language (¥ is the same everywhere). */
export function yuan(value: number, lang: string): string {
  return `¥${formatAmount(value, lang)}`;
}
