/**
 * NODE ONLY: reads a content folder into the `{ path, text }[]` the browser-safe loader takes. Paths are
 * relative to `dir`, `/`-separated, sorted; every `.md` file is read (the loader reports those that are not
 * pages, e.g. a stray zh-hant/ folder), other files and dot-folders are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFile } from './read-source-file.ts';

export function readCorpusDir(dir: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.md') && folder !== dir) {
        files.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
