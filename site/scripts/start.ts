/**
 * `pnpm start`: after `pnpm build`, serves the built site on loopback and says where the unpacked
 * extensions are. Stop with Ctrl+C.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-static.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const siteDir = `${root}site/dist`;
const port = Number(process.env.PORT ?? 4321);

if (!existsSync(siteDir)) {
  console.error(`start: ${siteDir} is missing — run \`pnpm build\` first`);
  process.exit(1);
}
await serveStatic(siteDir, port);
console.log(`Debt Guide site:      http://127.0.0.1:${port}/zh-hans/  (English: /en/, 繁體: /zh-hant/)`);
for (const [name, dir] of [['Chrome (MV3)', 'chrome-mv3'], ['Firefox', 'firefox-mv3'], ['Edge (MV3)', 'edge-mv3']] as const) {
  const path = `${root}extension/.output/${dir}`;
  if (existsSync(path)) console.log(`Extension, ${name}: ${path}  (load unpacked)`);
}
console.log('Press Ctrl+C to stop.');
