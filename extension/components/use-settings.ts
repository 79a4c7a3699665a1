import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '../utils/bundled-texts.ts';
import { htmlLang, t, type StringKey } from '../utils/i18n/strings.ts';
import { getSettings, normalizeSettings, resolveLang, settingsItem, type Settings } from '../utils/settings.ts';

/** The stored settings, kept current while the page is open (null while loading). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((value) => live && setSettings(value));
    const unwatch = settingsItem.watch((value) => setSettings(normalizeSettings(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** The language to show with these settings. */
export function langOf(settings: Settings): Lang {
  return resolveLang(settings, browser.i18n.getUILanguage());
}

/** Keeps the extension page's `lang` attribute (and its title, when a key is given) in the language shown. */
export function useDocumentLang(lang: Lang | null, titleKey?: StringKey): void {
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = htmlLang(lang);
    if (titleKey) document.title = t(lang, titleKey);
  }, [lang, titleKey]);
}
