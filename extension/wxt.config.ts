import preact from '@preact/preset-vite';
import { loadEnv } from 'vite';
import { defineConfig } from 'wxt';
import { generateData } from './build/generate-data.ts';
import { checkReleaseSiteUrl } from './build/release-site-url.ts';

/**
 * Debt Guide's extension. Build settings (environment variables, read at build time):
 * - `WXT_SITE_URL`: where the guide links point (default `http://127.0.0.1:4321`, what `pnpm start` serves).
 *   Required by `zip`: a release must link to the public https site (build/release-site-url.ts).
 *
 * Every target is Manifest V3 (Chrome, Edge, Firefox ≥ 142). Permissions are exactly `storage`, `activeTab`
 * and `scripting`; host access at install comes only from the lender content script's matches, generated from
 * the lender registry (utils/generated/lender-matches.ts). Access to every other site is an optional host
 * permission, requested only when the user turns on "protect me on every site".
 */
export default defineConfig({
  manifestVersion: 3,
  // explicit imports everywhere: code reads the same in the editor, in tests and in the bundle
  imports: false,
  hooks: {
    // runs before entrypoints are loaded, for `wxt prepare`, `wxt build`, `wxt zip` and vitest alike
    ready: (wxt) => {
      generateData({ root: wxt.config.root, log: (line) => wxt.logger.info(line) });
    },
    // a release carries the real site address: stop before zipping a build that links to the local preview
    'zip:start': (wxt) => {
      const env = loadEnv(wxt.config.mode, wxt.config.root, 'WXT_');
      checkReleaseSiteUrl(env.WXT_SITE_URL ?? process.env.WXT_SITE_URL);
    },
  },
  manifest: ({ browser }) => ({
    name: '借贷明白 Debt Guide',
    // at most 132 characters (Chrome Web Store)
    description: '借贷页面的年化成本、逾期后的权利、违规催收和收费“债务优化”提醒。Loan costs, your rights, unlawful collection: explained on your device.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // "protect me on every site": asked for only when the user turns it on (utils/all-sites-access.ts)
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '借贷明白 Debt Guide' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'debt-guide@debtguide',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: 'debt-guide-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'debt-guide-{{version}}-sources.zip',
    // the Firefox sources zip must rebuild the add-on: the extension needs shared/ and content/ beside it
    sourcesRoot: '..',
    includeSources: ['extension/**', 'shared/**', 'content/**', 'package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'README.md'],
    excludeSources: ['**/node_modules/**', '**/.output/**', '**/.wxt/**', '**/generated/**', 'site/**', 'tests/**', 'bench/**', '.git/**'],
  },
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 1500 },
  }),
});
