/**
 * The frozen development / test split of the real-world corpora. An id's part is a pure function of the id
 * and a fixed seed, so adding lines never moves an old one; `split.json` files record it once, and tests
 * fail when an id has no recorded part (run `pnpm corpus:split` to assign new ids).
 */
import { z } from 'zod';

export const corpusPartSchema = z.enum(['dev', 'test']);
export type CorpusPart = z.infer<typeof corpusPartSchema>;

/** The recorded split: id → part. */
export const corpusSplitSchema = z.record(z.string(), corpusPartSchema);
export type CorpusSplit = z.infer<typeof corpusSplitSchema>;

/** Fixed for the life of the project: changing it would reshuffle the frozen test part. */
export const SPLIT_SEED = 'debtguide-2026-real-world';
/** Share of ids that go to the frozen test part. */
export const TEST_SHARE = 0.3;

/** FNV-1a, 32 bits, with murmur3's final mix so ids that differ in one digit spread evenly. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The part an id falls in for the fixed seed. */
export function seededPart(id: string, seed = SPLIT_SEED): CorpusPart {
  return hash32(`${seed}:${id}`) / 0x100000000 < TEST_SHARE ? 'test' : 'dev';
}

/** A corpus item to place: its id and, when it has one, the key it shares with its twins. */
export type SplitItem = { id: string; twin?: string };

/**
 * The split with every item assigned: recorded parts kept, new ids seeded. Twins (the same message quoted
 * on several pages, or printed in both scripts) always share a part, so the frozen test part never holds
 * a copy of something tuned on: a new item whose twin key is already placed takes that item's part.
 */
export function extendSplit(recorded: CorpusSplit, items: readonly (string | SplitItem)[]): CorpusSplit {
  const next: CorpusSplit = { ...recorded };
  const placed = items.map((item) => (typeof item === 'string' ? { id: item } : item));
  const byTwin = new Map<string, CorpusSplit[string]>();
  for (const { id, twin } of placed) if (twin !== undefined && next[id] && !byTwin.has(twin)) byTwin.set(twin, next[id]);
  for (const { id, twin } of placed) {
    if (next[id]) continue;
    const part = (twin !== undefined && byTwin.get(twin)) || seededPart(id);
    next[id] = part;
    if (twin !== undefined && !byTwin.has(twin)) byTwin.set(twin, part);
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
