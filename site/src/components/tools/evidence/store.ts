/**
 * Where the evidence log keeps its entries. The island talks to this interface only; the browser uses
 * IndexedDB (idb-store.ts), the unit tests the in-memory store below.
 */
import type { Entry } from './entry-schema.ts';

export type EvidenceStore = {
  /** Every entry, in no particular order. */
  all(): Promise<Entry[]>;
  /** Adds or replaces entries by id, all or none. */
  putMany(entries: readonly Entry[]): Promise<void>;
  /** Removes the entry with this id (nothing happens if there is none). */
  remove(id: string): Promise<void>;
};

/** An in-memory store (tests; also a fallback when IndexedDB is unavailable, though nothing then survives a reload). */
export function memoryStore(initial: readonly Entry[] = []): EvidenceStore {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  return {
    all: async () => [...entries.values()],
    putMany: async (list) => {
      for (const entry of list) entries.set(entry.id, entry);
    },
    remove: async (id) => {
      entries.delete(id);
    },
  };
}
