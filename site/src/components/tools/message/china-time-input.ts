/**
 * The send time typed in a `datetime-local` input ("2026-01-05T23:10") is China time: the tools add the
 * +08:00 offset so the shared checker judges it the same wherever the reader's computer thinks it is.
 */

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?$/;

/** "2026-01-05T23:10" → "2026-01-05T23:10:00+08:00"; an empty or malformed value → null (time unknown). */
export function chinaIsoFromLocal(value: string): string | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  return `${match[1]}T${match[2]}:${match[3] ?? '00'}+08:00`;
}

/** The reverse, for putting a stored time back into a `datetime-local` input: "…T23:10:00+08:00" → "…T23:10". */
export function localFromChinaIso(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  return new Date(instant + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** The China-time clock of a stored time for display: "2026-01-05 23:10". */
export function displayChinaTime(iso: string): string {
  return localFromChinaIso(iso).replace('T', ' ');
}
