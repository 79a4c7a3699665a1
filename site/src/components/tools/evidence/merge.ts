/**
 * Merging imported entries into the log: entries are matched by their stable id, so importing the same
 * file twice changes nothing, and an entry edited since keeps its later version. Nothing is ever removed.
 */
import type { Entry } from './entry-schema.ts';

export type MergeResult = {
  /** The entries to write: new ones and newer versions of existing ones. */
  toWrite: Entry[];
  added: number;
  updated: number;
  unchanged: number;
};

export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[]): MergeResult {
  const current = new Map(existing.map((entry) => [entry.id, entry]));
  const result: MergeResult = { toWrite: [], added: 0, updated: 0, unchanged: 0 };
  for (const entry of incoming) {
    const mine = current.get(entry.id);
    if (!mine) {
      result.added += 1;
    } else if (Date.parse(entry.updatedAt) > Date.parse(mine.updatedAt)) {
      result.updated += 1;
    } else {
      result.unchanged += 1;
      continue;
    }
    result.toWrite.push(entry);
    current.set(entry.id, entry);
  }
  return result;
}
