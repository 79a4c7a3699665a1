/**
 * The toolbar badge: how many findings (rates + collection-rule flags) the page in a tab has. Set per tab,
 * so it follows the tab and is reset by the browser when the tab navigates.
 */
import type { browser } from 'wxt/browser';
import type { PageKind } from './page-report.ts';

export type Badge = { text: string; color: string };

/** Red for a collection notice or a relief scam, blue otherwise. */
const WARNING = '#b42318';
const INFO = '#1d4ed8';

/** The badge for a page: empty when there is nothing to say or nothing found. */
export function badgeFor(page: { pageKind: PageKind; findings: number } | null): Badge {
  if (!page || page.pageKind === 'other' || page.findings <= 0) return { text: '', color: INFO };
  const color = page.pageKind === 'collection-notice' || page.pageKind === 'relief-scam' ? WARNING : INFO;
  return { text: page.findings > 99 ? '99+' : String(page.findings), color };
}

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** Shows `badge` on the tab's toolbar button. */
export async function applyBadge(action: ActionApi, tabId: number, badge: Badge): Promise<void> {
  await action.setBadgeText({ tabId, text: badge.text });
  if (badge.text) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
}
