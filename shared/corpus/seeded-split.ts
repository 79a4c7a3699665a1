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

/** The split with every id in `ids` assigned: recorded parts kept, new ids seeded. */
export function extendSplit(recorded: CorpusSplit, ids: readonly string[]): CorpusSplit {
  const next: CorpusSplit = { ...recorded };
  for (const id of ids) next[id] ??= seededPart(id);
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
