/**
 * Whether and how the panel shows: never while paused or muted; open the first time on a site, then
 * minimised to a small tab (it never nags); hidden once closed on the page.
 */
import type { Settings } from './settings.ts';
import { MAX_SEEN_SITES } from './settings.ts';
import { isMutedHost } from './site-match.ts';

export type PanelMode = 'off' | 'expanded' | 'collapsed';

/** True when the extension may speak up on `host` at all (not paused, not muted). */
export function isActiveOn(settings: Pick<Settings, 'paused' | 'mutedSites'>, host: string): boolean {
  return !settings.paused && !isMutedHost(host, settings.mutedSites);
}

export type ModeInput = {
  settings: Pick<Settings, 'paused' | 'mutedSites'>;
  /** The page's host. */
  host: string;
  /** The page's site (the lender domain it is on, else its host). */
  site: string;
  /** Sites where the panel has already been shown open. */
  seenSites: readonly string[];
  /** The page carries a warning that must be seen (a host posing as a lender): open even on a seen site. */
  urgent?: boolean;
};

/** How the panel first appears on a page. */
export function initialMode({ settings, host, site, seenSites, urgent = false }: ModeInput): PanelMode {
  if (!isActiveOn(settings, host)) return 'off';
  return seenSites.includes(site) && !urgent ? 'collapsed' : 'expanded';
}

/** The seen list after showing the panel open on `site` (most recent last, bounded). */
export function markSeen(seenSites: readonly string[], site: string, max = MAX_SEEN_SITES): string[] {
  const next = [...seenSites.filter((seen) => seen !== site), site];
  return next.slice(Math.max(0, next.length - max));
}
