/**
 * Shared by the extension's browser test (tests/extension-e2e.test.ts) and its benchmark
 * (bench/extension-content-script.ts): serves pages at their real https URLs from loopback and loads the
 * built MV3 extension (extension/.output/chrome-mv3) in Debian Chromium, as ../shared/tools/ext-fixtures-e2e.mjs
 * does. Every host name resolves to the loopback server, so nothing can leave the machine; requests are
 * still recorded so a test can prove the extension made none to an outside host.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser as CdpBrowser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { readPublicPages } from '../shared/corpus/read-public-fixtures.ts';

export const ROOT = join(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, 'extension/.output/chrome-mv3');

export type Fixture = {
  name: string;
  url: string;
  lender: string | null;
  product: string | null;
  pageKind: string;
  rates: { quote: string; apr: number }[];
  html: string;
};

/** The public fixture pages with their expectations; [] when ../shared/fixtures is absent (tests skip, announced). */
export function loadFixtures(): Fixture[] {
  return readPublicPages<Omit<Fixture, 'name' | 'html'>>().map(({ name, html, expected }) => ({ ...expected, name: name.slice(0, -5), html }));
}

/** An APR as ext-fixtures-e2e.mjs looks for it in the shown text: 14.6 for 14.60, 36 for 36.00. */
export function aprText(apr: number): string {
  return apr.toFixed(2).replace(/\.?0+$/, '');
}

/** The address a page is served at (https, as users meet lender sites). */
export function httpsUrl(url: string): string {
  return url.replace(/^http:/, 'https:');
}

export type PageServer = {
  port: number;
  /** Serves `html` at `url` (host + path + query), with `headers` added to the response. */
  route(url: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
};

export type ServerOptions = {
  /** A loopback address (127.0.0.1 unless given). */
  host?: string;
  /** 0 (unless given) for any free port. */
  port?: number;
};

/** An https server on loopback with a throwaway certificate; unknown paths get 404. */
export async function startPageServer({ host = '127.0.0.1', port = 0 }: ServerOptions = {}): Promise<PageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=fixture', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem')], { stdio: 'ignore' });
  const routes = new Map<string, { html: string; headers: Record<string, string> }>();
  const server = https.createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (req, res) => {
    const route = routes.get(`${req.headers.host}${req.url}`);
    if (route === undefined) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    res.end(route.html);
  });
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    route(url, html, headers = {}) {
      const u = new URL(url);
      routes.set(`${u.host}${u.pathname}${u.search}`, { html, headers });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type Browser = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests seen by the browser, page and extension alike (the caller decides which were outside). */
  requests: string[];
  /** The DevTools port (for Extensions.triggerAction), when asked for. */
  debugPort: number | null;
  /** A second, DevTools-protocol connection to the same browser (made on first use). */
  cdp: CdpBrowser | null;
  close(): Promise<void>;
};

/**
 * A copy of the built extension whose optional host permissions are granted at install, as
 * ../shared/tools/ext-fixtures-e2e.mjs makes it: a user who opted in to "protect me on every site" (Chromium
 * grants an unpacked extension's host_permissions up front, and a test cannot click the browser's prompt).
 * `restore()` puts the original manifest back in the same folder: launched again on the same profile, the
 * extension keeps its id and the grant, which is then optional and can be removed as a user would.
 */
export function grantedExtensionCopy(from = EXTENSION_DIR): { dir: string; optional: string[]; restore(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dg-ext-granted-'));
  cpSync(from, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const original = readFileSync(file, 'utf8');
  const manifest = JSON.parse(original) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  const optional = manifest.optional_host_permissions ?? [];
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...optional])];
  delete manifest.optional_host_permissions;
  writeFileSync(file, JSON.stringify(manifest));
  return { dir, optional, restore: () => writeFileSync(file, original) };
}

export type LaunchOptions = {
  port: number;
  extensionDir?: string | null;
  /** A profile folder to use (and keep on close), so a second launch finds the first one's state. */
  profileDir?: string;
  /** Open a DevTools port so a test can press the toolbar button (Extensions.triggerAction). */
  debug?: boolean;
  lang?: string;
};

/** Debian Chromium with the unpacked extension (args from TOOLCHAIN.md); every host maps to the page server. */
export async function launchBrowser({ port, extensionDir = EXTENSION_DIR, profileDir, debug = false, lang = 'en-US' }: LaunchOptions): Promise<Browser> {
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run \`pnpm run build\` first`);
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'dg-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: false,
    locale: lang,
    viewport: { width: 1280, height: 720 },
    args: [
      '--headless=new',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--lang=${lang}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
      ...(debug ? ['--remote-debugging-port=0', '--enable-unsafe-extension-debugging'] : []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  let worker: Worker | undefined;
  let extensionId = '';
  if (extensionDir) {
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  let debugPort: number | null = null;
  if (debug) {
    const file = join(profile, 'DevToolsActivePort');
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    debugPort = Number(readFileSync(file, 'utf8').split('\n')[0]);
  }
  const launched: Browser = {
    context,
    extensionId,
    worker: worker as Worker,
    requests,
    debugPort,
    cdp: null,
    async close() {
      await launched.cdp?.close().catch(() => undefined);
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
  return launched;
}

/** The id of the all-sites content script the background registers while access to every site is granted. */
export const ALL_SITES_SCRIPT_ID = 'debtguide-all-sites';

/** The ids of the content scripts the background has registered (scripting.getRegisteredContentScripts). */
export async function registeredScripts(browser: Browser): Promise<string[]> {
  return browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } };
    return (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id);
  });
}

/** Waits (up to 5 s) until the all-sites script is registered, or not. */
export async function waitForRegistration(browser: Browser, registered: boolean): Promise<void> {
  for (let i = 0; i < 50 && (await registeredScripts(browser)).includes(ALL_SITES_SCRIPT_ID) !== registered; i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Asks `check` every `interval` ms until it says yes (true) or `timeout` ms have passed (false). */
export async function pollUntil(check: () => Promise<boolean>, timeout: number, interval = 50): Promise<boolean> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  return false;
}

/** Waits until the content script has read the page `times` times (its performance mark), or `timeout` ms. */
export async function waitForAnalysis(page: Page, times = 1, timeout = 8000): Promise<boolean> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName('debtguide:analysed').length >= n, times, { timeout, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

export type PanelState = { present: boolean; expanded: boolean; text: string; visibleText: string };

/** The panel's host, open or minimised, and its text (the shadow root's). */
export async function panelState(page: Page): Promise<PanelState> {
  return page.evaluate(() => {
    const host = document.querySelector('debt-guide-panel');
    const root = host?.shadowRoot;
    const panel = root?.querySelector<HTMLElement>('.dg-panel');
    return {
      present: Boolean(host),
      expanded: Boolean(panel && !panel.hidden),
      text: root?.textContent ?? '',
      visibleText: panel && !panel.hidden ? panel.innerText : (root?.querySelector<HTMLElement>('.dg-tab')?.innerText ?? ''),
    };
  });
}

/** Stores settings straight into the extension's storage.local (as the options page would). */
export async function setSettings(browser: Browser, settings: { lang?: string | null; paused?: boolean; mutedSites?: string[] }): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings: { lang: null, paused: false, mutedSites: [], ...value } });
  }, settings);
}

/** Forgets which sites the panel has been seen on, so the next visit opens it in full. */
export async function resetSeenSites(browser: Browser): Promise<void> {
  await browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set({ seenSites: [] });
  });
}

/**
 * Presses the extension's toolbar button on `page`'s tab (grants activeTab, opens the popup) through the
 * DevTools protocol, and returns the popup page.
 */
export async function openPopupOn(browser: Browser, page: Page): Promise<{ popup: Page; done: () => Promise<void> }> {
  if (!browser.debugPort) throw new Error('launch with debug: true');
  browser.cdp ??= await chromium.connectOverCDP(`http://127.0.0.1:${browser.debugPort}`);
  const cdp = browser.cdp;
  const session = await cdp.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string; type: string }[] };
  const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  // a connection made after the popup exists sees it (one made before does not attach to it)
  let viewer: CdpBrowser | undefined;
  let popup: Page | undefined;
  for (let i = 0; i < 50 && !popup; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await viewer?.close().catch(() => undefined);
    viewer = await chromium.connectOverCDP(`http://127.0.0.1:${browser.debugPort}`);
    popup = viewer.contexts().flatMap((context) => context.pages()).find((p) => p.url() === popupUrl);
  }
  if (!popup || !viewer) throw new Error('the popup did not open');
  await popup.waitForSelector('.dg-popup');
  const connection = viewer;
  const opened = popup;
  return {
    popup: opened,
    async done() {
      await opened.close().catch(() => undefined);
      await session.detach().catch(() => undefined);
      await connection.close().catch(() => undefined);
    },
  };
}
