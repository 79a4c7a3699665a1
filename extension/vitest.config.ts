import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Unit tests of the extension, with WXT's plugin (its `ready` hook also regenerates utils/generated) and the
 * in-memory fake browser (`fakeBrowser.reset()` in each `beforeEach`). Real-browser tests live in
 * ../tests/extension-*.test.ts.
 */
export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    name: 'extension',
    root,
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '.output/**', '.wxt/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
