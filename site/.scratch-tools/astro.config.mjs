import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
export default defineConfig({ integrations: [preact()], outDir: '/tmp/scratch/dist', build: { format: 'directory' }, vite: { server: { fs: { strict: false } } } });
