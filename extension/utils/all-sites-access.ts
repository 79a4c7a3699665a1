/**
 * "Protect me on every site": the opt-in is the optional host permission for all sites itself, no separate
 * setting. While it is granted, the all-sites content script (entrypoints/everywhere.content) is registered
 * with `scripting.registerContentScripts`; when it is removed, the script is unregistered. The background
 * calls `sync` at start-up and on `permissions.onAdded` / `onRemoved`.
 */
import { lenderMatches } from './generated/lender-matches.ts';

/** The optional host permissions of the manifest (wxt.config.ts): every http and https site. */
export const ALL_SITES_ORIGINS = ['http://*/*', 'https://*/*'];

export const ALL_SITES_SCRIPT_ID = 'debtguide-all-sites';

/** The bundle WXT writes for entrypoints/everywhere.content. */
export const ALL_SITES_SCRIPT_FILE = 'content-scripts/everywhere.js';

export type ContentScriptRegistration = {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
};

/** The parts of the extension API the opt-in uses (the real `browser`, or an in-memory one in tests). */
export type AccessApi = {
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
};

/** The all-sites script: every site but the lender domains, where the lender script already runs. */
export function allSitesScript(): ContentScriptRegistration {
  return {
    id: ALL_SITES_SCRIPT_ID,
    matches: ALL_SITES_ORIGINS,
    excludeMatches: lenderMatches,
    js: [ALL_SITES_SCRIPT_FILE],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

export type SyncResult = 'registered' | 'unregistered' | 'unchanged';

/** What to do so that the script is registered exactly while the permission is granted. */
export function registrationChange(granted: boolean, registered: boolean): SyncResult {
  if (granted === registered) return 'unchanged';
  return granted ? 'registered' : 'unregistered';
}

/**
 * A `sync()` that brings the registration in line with the permission; calls made while one runs wait for it
 * (start-up and onAdded can fire together), so the script is never registered twice.
 */
export function createAllSitesSync(api: AccessApi): () => Promise<SyncResult> {
  let running: Promise<SyncResult> = Promise.resolve('unchanged');
  const once = async (): Promise<SyncResult> => {
    const granted = await api.permissions.contains({ origins: ALL_SITES_ORIGINS });
    const registered = (await api.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] })).length > 0;
    const change = registrationChange(granted, registered);
    if (change === 'registered') await api.scripting.registerContentScripts([allSitesScript()]);
    if (change === 'unregistered') await api.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
    return change;
  };
  return () => (running = running.then(once, once));
}
