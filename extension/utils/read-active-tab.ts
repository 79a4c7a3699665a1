/**
 * "Check this page": reads the page in the active tab, on any site, only when the user asks. Works through
 * `activeTab` (granted by opening the popup) and `scripting`; the injected function returns the page's
 * address and HTML, and the popup classifies it.
 */
import { browser } from 'wxt/browser';

export type TabPage = { url: string; html: string };

/** Runs in the page: must be self-contained (it is serialised and injected). */
function pageSource(): TabPage {
  return { url: location.href, html: document.documentElement.outerHTML };
}

/** The active tab's page, or null when it cannot be read (browser pages, the web store, no permission). */
export async function readActiveTab(): Promise<TabPage | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: pageSource });
    const page = result?.result as TabPage | undefined;
    return page && /^https?:/.test(page.url) ? page : null;
  } catch {
    return null;
  }
}
