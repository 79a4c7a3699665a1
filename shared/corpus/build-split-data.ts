/**
 * `pnpm corpus:split`: records a part for every corpus id that has none yet. Recorded parts are never
 * changed, so the frozen test part stays frozen as the corpora grow; a message quoted twice (or in both
 * scripts) goes where its twin already is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_CORPUS_DIR, PAGE_CORPUS_DIR, readMessageLines, readPageFiles, readSplit } from './read-corpus-files.ts';
import { messageTwinKey } from './message-twin-key.ts';
import { extendSplit } from './seeded-split.ts';
import type { CorpusSplit, SplitItem } from './seeded-split.ts';

function recorded(dir: string): CorpusSplit {
  try {
    return readSplit(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

function write(dir: string, ids: (string | SplitItem)[]): void {
  const before = recorded(dir);
  const next = extendSplit(before, ids);
  writeFileSync(join(dir, 'split.json'), `${JSON.stringify(next, null, 1)}\n`);
  const added = Object.keys(next).length - Object.keys(before).length;
  const test = Object.values(next).filter((p) => p === 'test').length;
  console.log(`${dir}: ${Object.keys(next).length} ids (${test} test), ${added} new`);
}

write(MESSAGE_CORPUS_DIR, readMessageLines().map((m) => ({ id: m.id, twin: messageTwinKey(m.text) })));
write(PAGE_CORPUS_DIR, readPageFiles().map((p) => p.id));
