import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'site', include: ['**/*.test.ts'], exclude: ['**/node_modules/**', 'dist/**'], testTimeout: 120_000, hookTimeout: 300_000 } });
