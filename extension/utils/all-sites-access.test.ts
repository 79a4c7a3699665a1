import { describe, expect, it } from 'vitest';
import { lenderMatchPatterns } from '@debtguide/shared/lenders';
import { ALL_SITES_ORIGINS, ALL_SITES_SCRIPT_ID, allSitesScript, type AccessApi, type ContentScriptRegistration, createAllSitesSync, registrationChange } from './all-sites-access.ts';

/** The browser's permission and registered-script state, in memory, with the same failure as Chrome's on a duplicate id. */
function memoryBrowser(granted: boolean) {
  const state = { granted, scripts: new Map<string, ContentScriptRegistration>(), calls: [] as string[] };
  const api: AccessApi = {
    permissions: {
      contains: async ({ origins }) => state.granted && origins.every((origin) => ALL_SITES_ORIGINS.includes(origin)),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => [...state.scripts.values()].filter((script) => ids.includes(script.id)),
      registerContentScripts: async (scripts) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        for (const script of scripts) {
          if (state.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          state.scripts.set(script.id, script);
          state.calls.push(`register ${script.id}`);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) {
          if (!state.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
          state.calls.push(`unregister ${id}`);
        }
      },
    },
  };
  return { state, api };
}

describe('registrationChange', () => {
  it('registers while granted, unregisters when not', () => {
    expect(registrationChange(true, false)).toBe('registered');
    expect(registrationChange(false, true)).toBe('unregistered');
    expect(registrationChange(true, true)).toBe('unchanged');
    expect(registrationChange(false, false)).toBe('unchanged');
  });
});

describe('allSitesScript', () => {
  it('covers every http(s) site but the lender domains, where the lender script already runs', () => {
    const script = allSitesScript();
    expect(script.matches).toEqual(['http://*/*', 'https://*/*']);
    expect([...script.excludeMatches].sort()).toEqual([...lenderMatchPatterns()].sort());
    expect(script.js).toEqual(['content-scripts/everywhere.js']);
    expect(script.persistAcrossSessions).toBe(true);
  });
});

describe('createAllSitesSync', () => {
  it('registers the script at start-up when access is granted, and does nothing more on a second call', async () => {
    const { state, api } = memoryBrowser(true);
    const sync = createAllSitesSync(api);
    expect(await sync()).toBe('registered');
    expect(await sync()).toBe('unchanged');
    expect(state.calls).toEqual([`register ${ALL_SITES_SCRIPT_ID}`]);
  });

  it('registers nothing without the grant: behaviour is exactly as before the opt-in', async () => {
    const { state, api } = memoryBrowser(false);
    expect(await createAllSitesSync(api)()).toBe('unchanged');
    expect(state.scripts.size).toBe(0);
  });

  it('follows the grant being added and removed', async () => {
    const { state, api } = memoryBrowser(false);
    const sync = createAllSitesSync(api);
    await sync();
    state.granted = true; // permissions.onAdded
    expect(await sync()).toBe('registered');
    state.granted = false; // permissions.onRemoved
    expect(await sync()).toBe('unregistered');
    expect(state.scripts.size).toBe(0);
  });

  it('never registers twice when start-up and onAdded come together', async () => {
    const { state, api } = memoryBrowser(true);
    const sync = createAllSitesSync(api);
    const results = await Promise.all([sync(), sync(), sync()]);
    expect(results).toEqual(['registered', 'unchanged', 'unchanged']);
    expect(state.calls).toHaveLength(1);
  });

  it('reports a failure to its caller, and the next call still runs', async () => {
    const { state, api } = memoryBrowser(true);
    let fail = true;
    const flaky: AccessApi = { ...api, permissions: { contains: async (p) => (fail ? Promise.reject(new Error('no permissions API')) : api.permissions.contains(p)) } };
    const sync = createAllSitesSync(flaky);
    await expect(sync()).rejects.toThrow('no permissions API');
    fail = false;
    expect(await sync()).toBe('registered');
    expect(state.scripts.size).toBe(1);
  });
});
