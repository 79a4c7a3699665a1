/**
 * Node-only: reads the real-world corpora from the repository. Every malformed line fails with
 * `file:line: what`, and so does an id missing from the frozen split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusMessageSchema } from './message-corpus-schema.ts';
import type { CorpusMessage } from './message-corpus-schema.ts';
import { corpusPageSchema } from './page-corpus-schema.ts';
import type { CorpusPage } from './page-corpus-schema.ts';
import { corpusSplitSchema } from './seeded-split.ts';
import type { CorpusPart, CorpusSplit } from './seeded-split.ts';

export const MESSAGE_CORPUS_DIR = join(import.meta.dirname, '../messages/corpus');
export const PAGE_CORPUS_DIR = join(import.meta.dirname, '../classify/corpus');

export type Parted<T> = T & { part: CorpusPart };
export type CorpusPageFile = CorpusPage & { id: string; html: string };

function problem(file: string, line: number, what: string): Error {
  return new Error(`${file}:${line}: ${what}`);
}

export function readSplit(dir: string): CorpusSplit {
  return corpusSplitSchema.parse(JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')));
}

function withPart<T extends { id: string }>(items: T[], split: CorpusSplit, dir: string): Parted<T>[] {
  return items.map((item) => {
    const part = split[item.id];
    if (!part) throw problem(join(dir, 'split.json'), 1, `${item.id} has no part: run pnpm corpus:split`);
    return { ...item, part };
  });
}

/** Every message line of every `*.jsonl` file, unparted. */
export function readMessageLines(dir = MESSAGE_CORPUS_DIR): CorpusMessage[] {
  const messages: CorpusMessage[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = join(dir, name);
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw problem(file, index + 1, 'not valid JSON');
      }
      const result = corpusMessageSchema.safeParse(parsed);
      if (!result.success) throw problem(file, index + 1, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const where = `${file}:${index + 1}`;
      const earlier = seen.get(result.data.id);
      if (earlier) throw problem(file, index + 1, `id ${result.data.id} already used at ${earlier}`);
      seen.set(result.data.id, where);
      messages.push(result.data);
    });
  }
  return messages;
}

export function readMessageCorpus(dir = MESSAGE_CORPUS_DIR): Parted<CorpusMessage>[] {
  return withPart(readMessageLines(dir), readSplit(dir), dir);
}

/** Every labelled page (`<id>.json` with its `<id>.html`), unparted. */
export function readPageFiles(dir = PAGE_CORPUS_DIR): CorpusPageFile[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'split.json').sort().map((name) => {
    const file = join(dir, name);
    const id = name.slice(0, -'.json'.length);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw problem(file, 1, 'not valid JSON');
    }
    const result = corpusPageSchema.safeParse(parsed);
    if (!result.success) throw problem(file, 1, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return { ...result.data, id, html: readFileSync(join(dir, `${id}.html`), 'utf8') };
  });
}

export function readPageCorpus(dir = PAGE_CORPUS_DIR): Parted<CorpusPageFile>[] {
  return withPart(readPageFiles(dir), readSplit(dir), dir);
}
