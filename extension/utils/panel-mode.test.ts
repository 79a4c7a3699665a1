import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialMode, isActiveOn, markSeen } from './panel-mode.ts';
import { DEFAULT_SETTINGS, getSettings, seenSitesItem, updateSettings, withMutedSite } from './settings.ts';

beforeEach(() => fakeBrowser.reset());

const page = { host: 'loan.mybank.cn', site: 'mybank.cn' };

describe('isActiveOn (pause and mute)', () => {
  it('is active by default', () => expect(isActiveOn(DEFAULT_SETTINGS, 'loan.mybank.cn')).toBe(true));
  it('is silent everywhere while paused', () => {
    expect(isActiveOn({ paused: true, mutedSites: [] }, 'loan.mybank.cn')).toBe(false);
    expect(isActiveOn({ paused: true, mutedSites: [] }, 'www.jd.com')).toBe(false);
  });
  it('is silent on a muted site and its subdomains only', () => {
    const settings = { paused: false, mutedSites: ['mybank.cn'] };
    expect(isActiveOn(settings, 'loan.mybank.cn')).toBe(false);
    expect(isActiveOn(settings, 'mybank.cn')).toBe(false);
    expect(isActiveOn(settings, 'www.jd.com')).toBe(true);
    expect(isActiveOn(settings, 'notmybank.cn')).toBe(true);
  });
  it('follows the stored settings', async () => {
    await updateSettings((s) => withMutedSite(s, 'mybank.cn'));
    expect(isActiveOn(await getSettings(), 'loan.mybank.cn')).toBe(false);
    await updateSettings((s) => ({ ...s, mutedSites: [], paused: true }));
    expect(isActiveOn(await getSettings(), 'loan.mybank.cn')).toBe(false);
    await updateSettings((s) => ({ ...s, paused: false }));
    expect(isActiveOn(await getSettings(), 'loan.mybank.cn')).toBe(true);
  });
});

describe('initialMode (collapse after the first view on a site)', () => {
  it('opens on a site not seen before', () => expect(initialMode({ settings: DEFAULT_SETTINGS, seenSites: [], ...page })).toBe('expanded'));
  it('starts minimised on a site already seen', () => expect(initialMode({ settings: DEFAULT_SETTINGS, seenSites: ['mybank.cn'], ...page })).toBe('collapsed'));
  it('opens a look-alike warning even on a seen site, unless muted', () => {
    const fake = { host: 'jd.com.kefu-center.cn', site: 'jd.com.kefu-center.cn', seenSites: ['jd.com.kefu-center.cn'], urgent: true };
    expect(initialMode({ settings: DEFAULT_SETTINGS, ...fake })).toBe('expanded');
    expect(initialMode({ settings: { paused: false, mutedSites: ['kefu-center.cn'] }, ...fake })).toBe('off');
  });
  it('counts a site, not a page: another subdomain of a seen site starts minimised', () =>
    expect(initialMode({ settings: DEFAULT_SETTINGS, seenSites: ['mybank.cn'], host: 'www.mybank.cn', site: 'mybank.cn' })).toBe('collapsed'));
  it('is off while paused or muted, seen or not', () => {
    expect(initialMode({ settings: { paused: true, mutedSites: [] }, seenSites: [], ...page })).toBe('off');
    expect(initialMode({ settings: { paused: false, mutedSites: ['mybank.cn'] }, seenSites: ['mybank.cn'], ...page })).toBe('off');
  });
  it('opens once, then stays minimised on later visits (stored seen list)', async () => {
    const visit = async () => {
      const seenSites = await seenSitesItem.getValue();
      const mode = initialMode({ settings: DEFAULT_SETTINGS, seenSites, ...page });
      if (mode === 'expanded') await seenSitesItem.setValue(markSeen(seenSites, page.site));
      return mode;
    };
    expect(await visit()).toBe('expanded');
    expect(await visit()).toBe('collapsed');
    expect(await visit()).toBe('collapsed');
    expect(await seenSitesItem.getValue()).toEqual(['mybank.cn']);
  });
});

describe('markSeen', () => {
  it('adds a site once, most recent last', () => expect(markSeen(['a.cn', 'b.cn'], 'a.cn')).toEqual(['b.cn', 'a.cn']));
  it('forgets the oldest beyond the bound', () => expect(markSeen(['a.cn', 'b.cn', 'c.cn'], 'd.cn', 3)).toEqual(['b.cn', 'c.cn', 'd.cn']));
});
