/**
 * The evidence log's data: one entry per collection contact, and the versioned export file. Entries are
 * stored in IndexedDB as they are here; the export file is validated with the same schema on import.
 */
import { z } from 'zod';
import { ruleIdSchema } from '@debtguide/shared/messages';

/** How the collector got in touch. */
export const channelSchema = z.enum(['phone', 'sms', 'wechat', 'visit', 'other']);

/** A date-time with its offset; the form writes China time, `2026-01-05T23:10:00+08:00`. */
const instant = z.iso.datetime({ offset: true, error: 'must be a date-time such as 2026-01-05T23:10:00+08:00' });
const shortText = z.string().max(200, 'is longer than 200 characters').default('');
const longText = z.string().max(20_000, 'is longer than 20,000 characters').default('');

/** A problem the message checker found in a pasted message, kept with the entry. */
export const storedFlagSchema = z.object({
  /** The rule (CONTRACT §5). */
  rule: ruleIdSchema,
  /** The words that triggered it, or the China-time clock for odd-hours. */
  evidence: z.string().max(2_000),
});

export const entrySchema = z.object({
  /** Stable id, kept across export and import so nothing is ever duplicated. */
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _'),
  /** When the contact happened. */
  at: instant,
  channel: channelSchema,
  /** The number, WeChat id or account it came from (or the address of a visit). */
  from: shortText,
  /** The caller's name as given. */
  name: shortText,
  /** The agency or company they said they were from. */
  agency: shortText,
  /** The role they claimed: collector, "lawyer", "court officer"… */
  role: shortText,
  /** What was said, in the person's own words. */
  said: longText,
  /** A message pasted as it was received (SMS, WeChat), checked with the message checker. */
  message: longText,
  /** What the checker found in `message`. */
  flags: z.array(storedFlagSchema).default([]),
  /** When the entry was made, and last changed; an import keeps the later version of an entry. */
  createdAt: instant,
  updatedAt: instant,
});

export type Channel = z.infer<typeof channelSchema>;
export type StoredFlag = z.infer<typeof storedFlagSchema>;
export type Entry = z.infer<typeof entrySchema>;

/** The export file's `format` value. */
export const EXPORT_FORMAT = 'debtguide-evidence-log';
/** The export file's schema version; a newer file is refused with a message saying so. */
export const EXPORT_VERSION = 1;

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** When the file was made. */
  exportedAt: instant,
  entries: z.array(entrySchema),
});

export type ExportFile = z.infer<typeof exportFileSchema>;

/** The file to download: every entry, oldest first. */
export function toExportFile(entries: readonly Entry[], now: Date): ExportFile {
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  return exportFileSchema.parse({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), entries: sorted });
}

/** Newest contact first; the same time falls back to the order they were entered. */
export function sortNewestFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) => Date.parse(b.at) - Date.parse(a.at) || Date.parse(b.createdAt) - Date.parse(a.createdAt) || a.id.localeCompare(b.id),
  );
}

/** A new random id (crypto.getRandomValues works on plain-http pages too, unlike randomUUID). */
export function newEntryId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
