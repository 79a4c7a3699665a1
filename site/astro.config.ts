/**
 * The Debt Guide site: static pages at /<lang>/<slug>/ (CONTRACT §2), Preact islands only where a page has
 * a tool, and a search dialog whose code and index load on first use.
 */
import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import type { ViteUserConfig } from 'astro';
import { defineConfig } from 'astro/config';

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/**
 * The corpus folder, fixed here because build-time modules are bundled and cannot trust import.meta.url.
 * DEBTGUIDE_CONTENT_DIR builds the site from another corpus (e.g. to see how a broken one fails).
 */
const contentDir = process.env.DEBTGUIDE_CONTENT_DIR ?? fileURLToPath(new URL('../content/', import.meta.url));

/**
 * The search bootstrap on every page dynamically imports the dialog; Vite wraps such imports in its
 * modulepreload helper, a ~1 kB chunk every page would load. Nothing here needs preloading (all CSS is
 * global, the dialog's chunks are wanted on first use only), so the helper becomes a one-line pass-through.
 * Consequence: a dynamically imported chunk's own CSS would not be loaded — import CSS statically.
 */
function noModulePreload(): VitePlugin {
  return {
    name: 'debtguide:no-module-preload',
    enforce: 'pre',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    load(id) {
      if (id === '\0vite/preload-helper.js' && this.environment.name === 'client') return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [preact()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    define: { __DEBTGUIDE_CONTENT_DIR__: JSON.stringify(contentDir) },
    plugins: [noModulePreload()],
  },
});
