import { fileURLToPath } from 'node:url';

/** The repository's content/ folder (the CLI lives in shared/cli/). */
export function contentDir(): string {
  return fileURLToPath(new URL('../../content/', import.meta.url));
}

/** The repository's root folder (file names in messages are relative to it). */
export function repoRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}
