import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAllSitesSync } from '../utils/all-sites-access.ts';
import { analysePage } from '../utils/analyse-page.ts';
import { applyBadge, badgeFor } from '../utils/badge.ts';
import type { PageReport } from '../utils/page-report.ts';
import { isExtensionRequest, type AnalyseResponse } from '../utils/runtime-messages.ts';

/**
 * Classifies the pages the content scripts send (off the page's main thread) and keeps each tab's toolbar
 * badge at the page's number of findings; keeps the all-sites content script registered exactly while the
 * user grants access to every site; opens the welcome page once, on install. Makes no network request:
 * every engine and text is bundled.
 */
export default defineBackground(() => {
  const syncAllSites = createAllSitesSync(browser as unknown as Parameters<typeof createAllSitesSync>[0]);
  const sync = () => void syncAllSites().catch((error: unknown) => console.error('Debt Guide could not update its all-sites script', error));
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: AnalyseResponse) => void) => {
    if (!isExtensionRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    let report: PageReport | null = null;
    if (message.type === 'debtguide:analyse') {
      const start = performance.now();
      try {
        report = analysePage(message);
        // the classifier's time on the last page, read by bench/extension-content-script.ts (only the last is kept)
        performance.clearMeasures('debtguide:classify');
        performance.measure('debtguide:classify', { start, end: performance.now() });
      } catch (error) {
        console.error('Debt Guide could not read this page', error);
      }
    }
    if (tabId !== undefined) void applyBadge(browser.action, tabId, badgeFor(report)).catch(() => undefined);
    sendResponse({ report });
    return undefined;
  });
});
