import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES_ORIGINS } from '../utils/all-sites-access.ts';

export type AllSitesAccess = {
  /** Whether access to every site is granted (null while asking the browser). */
  granted: boolean | null;
  /** The last request was refused by the user or the browser. */
  denied: boolean;
  /** Asks the browser for access to every site; call it straight from a click (browsers require a user action). */
  turnOn(): void;
  turnOff(): void;
};

/** The "protect me on every site" permission, kept current while the page is open. */
export function useAllSitesAccess(): AllSitesAccess {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    let live = true;
    const refresh = () => void browser.permissions.contains({ origins: ALL_SITES_ORIGINS }).then((value) => live && setGranted(value));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return {
    granted,
    denied,
    turnOn() {
      // the request must be the first thing the click does (Firefox refuses it after an await)
      void browser.permissions.request({ origins: ALL_SITES_ORIGINS }).then((ok) => {
        setDenied(!ok);
        setGranted(ok);
      });
    },
    turnOff() {
      setDenied(false);
      void browser.permissions.remove({ origins: ALL_SITES_ORIGINS }).then((removed) => removed && setGranted(false));
    },
  };
}
