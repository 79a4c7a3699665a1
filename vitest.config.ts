import { defineConfig } from 'vitest/config';

/**
 * One vitest run for the whole workspace. Each package with tests of its own keeps a vitest.config.ts (the
 * extension needs WXT's plugin); browser tests over the built outputs live in tests/. Time limits are generous
 * on purpose: no test asserts speed (bench/ does), so a limit only catches a hang.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      { test: { name: 'shared', include: ['shared/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
      { test: { name: 'browser', include: ['tests/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false } },
      'site/vitest.config.ts',
      'extension/vitest.config.ts',
    ],
  },
});
