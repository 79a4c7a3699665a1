/**
 * The evidence log in IndexedDB, through a small promise wrapper (no library). One database, one object
 * store keyed by the entry id. Everything stays in this browser on this device.
 */
import { entrySchema, type Entry } from './entry-schema.ts';
import type { EvidenceStore } from './store.ts';

export const DB_NAME = 'debtguide-evidence';
export const DB_VERSION = 1;
export const STORE = 'entries';

/** A request's result as a promise. */
function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a transaction commits, rejects when it aborts (so a failed batch writes nothing). */
function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  return settle(request);
}

/** The IndexedDB store; rejects when the browser does not allow IndexedDB (some private modes). */
export async function idbStore(factory: IDBFactory = indexedDB): Promise<EvidenceStore> {
  const db = await open(factory);
  return {
    async all() {
      const rows = await settle(db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
      // A row that no longer fits the schema (written by a later version, say) is skipped, not fatal.
      return rows.flatMap((row: unknown) => {
        const parsed = entrySchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async putMany(entries: readonly Entry[]) {
      const transaction = db.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      for (const entry of entries) store.put(entry);
      await done(transaction);
    },
    async remove(id: string) {
      const transaction = db.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).delete(id);
      await done(transaction);
    },
  };
}
