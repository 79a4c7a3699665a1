/**
 * The user's settings and the sites already seen, kept with the extension storage API (storage.local):
 * nothing is synced or sent anywhere.
 */
import { storage } from 'wxt/utils/storage';
import { LANGS, type Lang } from './bundled-texts.ts';
import { normalizeSite } from './site-match.ts';

export type Settings = {
  /** The language chosen in the options page; null until chosen (the browser's language is used). */
  lang: Lang | null;
  /** Pause everywhere: no panel and no badge on any page (the popup still works). */
  paused: boolean;
  /** Sites (domains) where the panel stays silent, with their subdomains. */
  mutedSites: string[];
};

export const DEFAULT_SETTINGS: Settings = { lang: null, paused: false, mutedSites: [] };

/** Most sites remembered as seen; the oldest are forgotten first. */
export const MAX_SEEN_SITES = 500;

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Sites where the panel has been shown open once; there it starts minimised (it never nags). */
export const seenSitesItem = storage.defineItem<string[]>('local:seenSites', { fallback: [] });

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Settings from whatever storage holds (an older or damaged value gives defaults for what is wrong). */
export function normalizeSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(value.mutedSites) ? value.mutedSites.map((site) => (typeof site === 'string' ? normalizeSite(site) : null)) : [];
  return {
    lang: isLang(value.lang) ? value.lang : null,
    paused: value.paused === true,
    mutedSites: [...new Set(sites.filter((site): site is string => site !== null))],
  };
}

/** The language for a browser UI language tag: Traditional Chinese regions → zh-hant, other Chinese → zh-hans, else en. */
export function langForUiLanguage(tag: string): Lang {
  const lower = tag.toLowerCase().replace(/_/g, '-');
  if (!lower.startsWith('zh')) return 'en';
  return /^zh-(hant|tw|hk|mo)\b/.test(lower) ? 'zh-hant' : 'zh-hans';
}

/** The language to show: the chosen one, else the browser's. */
export function resolveLang(settings: Settings, uiLanguage: string): Lang {
  return settings.lang ?? langForUiLanguage(uiLanguage);
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Applies `change` to the stored settings and returns the result. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function withMutedSite(settings: Settings, site: string): Settings {
  const normalized = normalizeSite(site);
  return normalized ? { ...settings, mutedSites: [...new Set([...settings.mutedSites, normalized])] } : settings;
}

export function withoutMutedSite(settings: Settings, site: string): Settings {
  return { ...settings, mutedSites: settings.mutedSites.filter((muted) => muted !== site) };
}
