import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessageCorpus, readPageCorpus } from './read-corpus-files.ts';

function corpusDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const line = (id: string, extra: object = {}) => JSON.stringify({ id, text: '请按时还款', at: null, flags: [], topics: [], script: 'hans', source: 'https://example.cn/a', sourceType: 'news', ...extra });

describe('the repository corpora', () => {
  it('parse, and every id has its frozen part', () => {
    expect(readMessageCorpus().every((m) => m.part === 'dev' || m.part === 'test')).toBe(true);
    const pages = readPageCorpus();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.html.length, page.id).toBeGreaterThan(0);
  });
});

describe('readMessageCorpus', () => {
  it('reads lines with their part', () => {
    const dir = corpusDir({ 'news-hans.jsonl': `${line('news-hans-0001')}\n\n`, 'split.json': '{"news-hans-0001":"test"}' });
    expect(readMessageCorpus(dir)).toMatchObject([{ id: 'news-hans-0001', part: 'test' }]);
  });

  it('names the file and line of a malformed message', () => {
    const dir = corpusDir({ 'a.jsonl': `${line('a-0001')}\n{"id":`, 'split.json': '{}' });
    expect(() => readMessageCorpus(dir)).toThrow(/a\.jsonl:2: not valid JSON/);
    const bad = corpusDir({ 'a.jsonl': line('a-0001', { flags: ['jail'] }), 'split.json': '{}' });
    expect(() => readMessageCorpus(bad)).toThrow(/a\.jsonl:1: flags\.0/);
  });

  it('refuses a reused id and an id with no part', () => {
    const twice = corpusDir({ 'a.jsonl': `${line('a-0001')}\n${line('a-0001')}`, 'split.json': '{"a-0001":"dev"}' });
    expect(() => readMessageCorpus(twice)).toThrow(/a\.jsonl:2: id a-0001 already used/);
    const unsplit = corpusDir({ 'a.jsonl': line('a-0001'), 'split.json': '{}' });
    expect(() => readMessageCorpus(unsplit)).toThrow(/a-0001 has no part: run pnpm corpus:split/);
  });
});
