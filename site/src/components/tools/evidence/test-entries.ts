/** Entries for the evidence log's unit tests. */
import { entrySchema, type Entry } from './entry-schema.ts';

export function entry(changes: Partial<Entry> & { id: string }): Entry {
  return entrySchema.parse({
    at: '2026-01-05T23:10:00+08:00',
    channel: 'phone',
    said: '说明天上门',
    createdAt: '2026-01-06T01:00:00.000Z',
    updatedAt: '2026-01-06T01:00:00.000Z',
    ...changes,
  });
}
