import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS, getSettings, langForUiLanguage, normalizeSettings, resolveLang, settingsItem, updateSettings, withMutedSite, withoutMutedSite,
} from './settings.ts';

beforeEach(() => fakeBrowser.reset());

describe('getSettings / updateSettings', () => {
  it('gives the defaults before anything is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores changes in storage.local under one key', async () => {
    await updateSettings((s) => ({ ...s, lang: 'zh-hant', paused: true }));
    expect(await getSettings()).toEqual({ lang: 'zh-hant', paused: true, mutedSites: [] });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { lang: 'zh-hant', paused: true, mutedSites: [] } });
  });

  it('keeps earlier changes when making a new one', async () => {
    await updateSettings((s) => withMutedSite(s, 'mybank.cn'));
    await updateSettings((s) => ({ ...s, lang: 'en' }));
    expect(await getSettings()).toEqual({ lang: 'en', paused: false, mutedSites: ['mybank.cn'] });
  });

  it('repairs a damaged stored value instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'fr', paused: 'yes', mutedSites: ['MYBANK.cn', 42, 'not a site'] } });
    expect(await getSettings()).toEqual({ lang: null, paused: false, mutedSites: ['mybank.cn'] });
  });

  it('notifies watchers (the content script follows changes live)', async () => {
    const seen: unknown[] = [];
    const unwatch = settingsItem.watch((value) => seen.push(value));
    await updateSettings((s) => ({ ...s, paused: true }));
    unwatch();
    expect(seen).toEqual([{ lang: null, paused: true, mutedSites: [] }]);
  });
});

describe('normalizeSettings', () => {
  it('accepts a valid value unchanged', () => {
    const value = { lang: 'zh-hans', paused: true, mutedSites: ['jd.com'] };
    expect(normalizeSettings(value)).toEqual(value);
  });
  it.each([null, undefined, 'x', 3, []])('gives defaults for %j', (raw) => expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS));
  it('drops repeated sites', () => expect(normalizeSettings({ mutedSites: ['jd.com', 'JD.com'] }).mutedSites).toEqual(['jd.com']));
});

describe('langForUiLanguage', () => {
  it.each([
    ['zh-CN', 'zh-hans'],
    ['zh', 'zh-hans'],
    ['zh-SG', 'zh-hans'],
    ['zh-Hans-CN', 'zh-hans'],
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh_MO', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ] as const)('%s → %s', (tag, lang) => expect(langForUiLanguage(tag)).toBe(lang));
});

describe('resolveLang', () => {
  it('prefers the chosen language', () => expect(resolveLang({ ...DEFAULT_SETTINGS, lang: 'en' }, 'zh-CN')).toBe('en'));
  it('falls back to the browser language', () => expect(resolveLang(DEFAULT_SETTINGS, 'zh-TW')).toBe('zh-hant'));
});

describe('withMutedSite / withoutMutedSite', () => {
  it('adds a site once, normalised', () => {
    const once = withMutedSite(DEFAULT_SETTINGS, 'https://loan.MYBANK.cn/overdue');
    expect(withMutedSite(once, 'loan.mybank.cn').mutedSites).toEqual(['loan.mybank.cn']);
  });
  it('ignores what is not a site', () => expect(withMutedSite(DEFAULT_SETTINGS, 'hello world')).toEqual(DEFAULT_SETTINGS));
  it('removes a site', () => expect(withoutMutedSite({ ...DEFAULT_SETTINGS, mutedSites: ['jd.com', 'ccb.com'] }, 'jd.com').mutedSites).toEqual(['ccb.com']));
});
