import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'extension', include: ['**/*.test.ts'], exclude: ['**/node_modules/**', '.output/**', '.wxt/**'], passWithNoTests: true } });
