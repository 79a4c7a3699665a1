import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusDir } from './read-corpus-dir.ts';

const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readCorpusDir', () => {
  it('reads every .md below the language folders, relative and sorted, skipping root files, dot-folders and other files', () => {
    for (const path of ['en/rights/b.md', 'zh-hans/rights/a.md', 'en/rights/a.md', 'README.md', 'en/rights/img.png', '.git/x.md']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), path);
    }
    expect(readCorpusDir(dir)).toEqual([
      { path: 'en/rights/a.md', text: 'en/rights/a.md' },
      { path: 'en/rights/b.md', text: 'en/rights/b.md' },
      { path: 'zh-hans/rights/a.md', text: 'zh-hans/rights/a.md' },
    ]);
  });
});
