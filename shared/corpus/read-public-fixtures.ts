/**
 * Node-only: the outside public fixtures (../shared/fixtures beside the repository), which score the
 * project as it is judged. The repository's own corpora cover what its tests assert; tests over these
 * fixtures run only when the folder exists, and say so when they are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PUBLIC_FIXTURES_DIR = join(import.meta.dirname, '../../../shared/fixtures');

/** True when the public fixtures sit beside this clone. */
export const hasPublicFixtures = existsSync(PUBLIC_FIXTURES_DIR);

if (!hasPublicFixtures) {
  console.log(`public fixtures not found at ${PUBLIC_FIXTURES_DIR}: tests scoring them are skipped (the repository's own corpora still run)`);
}

/** The non-empty lines of a JSONL fixture file, parsed; [] when the fixtures are absent. */
export function readPublicJsonl<T>(name: string): T[] {
  if (!hasPublicFixtures) return [];
  return readFileSync(join(PUBLIC_FIXTURES_DIR, name), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
}

/** The public fixture pages: each `<name>.html` with its `<name>.json` label; [] when absent. */
export function readPublicPages<T>(): { name: string; html: string; expected: T }[] {
  if (!hasPublicFixtures) return [];
  const dir = join(PUBLIC_FIXTURES_DIR, 'pages');
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => ({
    name: n,
    expected: JSON.parse(readFileSync(join(dir, n), 'utf8')) as T,
    html: readFileSync(join(dir, n.replace(/\.json$/, '.html')), 'utf8'),
  }));
}
