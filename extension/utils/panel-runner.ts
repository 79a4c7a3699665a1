/**
 * The panel on a page, for both content scripts (the lender domains', and the all-sites one the user opts in
 * to): sends the page's HTML to the background, which classifies it; on an `other` page nothing is shown.
 * Re-reads the page on in-page navigation and on significant DOM changes. `precheck`, when given, is asked
 * first on every reading: when it says no, nothing is read further and nothing is sent.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { renderPanel } from '../components/Panel.tsx';
import panelCss from '../components/panel.css?inline';
import { watchDomChanges } from './dom-changes.ts';
import type { PageReport } from './page-report.ts';
import { initialMode, isActiveOn, markSeen, type PanelMode } from './panel-mode.ts';
import { panelTag } from './panel-tag.ts';
import type { AnalyseResponse, ExtensionRequest } from './runtime-messages.ts';
import { MAX_HTML_CHARS } from './runtime-messages.ts';
import { getSettings, normalizeSettings, resolveLang, seenSitesItem, settingsItem, updateSettings, withMutedSite, type Settings } from './settings.ts';
import { siteUrl } from './site-url.ts';

export type PanelOptions = {
  /** A cheap look at the page before it is read and sent (the all-sites script's vocabulary scan). */
  precheck?: () => boolean;
};

/** Sends a request to the background; a failure (extension reloaded, background not ready) is no answer. */
async function send(message: ExtensionRequest): Promise<AnalyseResponse | undefined> {
  try {
    // sending serialises the message on the page's main thread: measured with the rest of that work
    const reply = timed('send', () => browser.runtime.sendMessage(message));
    return (await reply) as AnalyseResponse | undefined;
  } catch {
    return undefined;
  }
}

/** Marks the main-thread work of `work` on the page's performance timeline (read by bench/extension-content-script.ts). */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`debtguide:${name}`, { start, end: performance.now() });
  }
}

export async function runPanel(ctx: ContentScriptContext, { precheck }: PanelOptions = {}): Promise<void> {
  const started = performance.now();
  let shownOnce = false;
  let settings: Settings = await getSettings();
  let seenSites = await seenSitesItem.getValue();
  let report: PageReport | null = null;
  let mode: PanelMode = 'off';
  let closed = false;
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let uiPending: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let sequence = 0;
  const lang = () => resolveLang(settings, browser.i18n.getUILanguage());

  const ensureUi = () =>
    (uiPending ??= createShadowRootUi(ctx, {
      // debt-guide-panel, unless the page has claimed that name
      name: panelTag(),
      // the stylesheet is bundled as text: no web-accessible resource a page could probe for
      css: panelCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: () => undefined,
      onRemove: () => {
        if (ui) renderPanel(ui.uiContainer, null);
      },
    }).then((created) => (ui = created)));

  /** Shows, updates or removes the panel to match the current state (synchronous once the UI exists). */
  const renderNow = (panel: ShadowRootContentScriptUi<void>) => {
    if (!report || mode === 'off' || closed) {
      if (panel.shadowHost.isConnected) panel.remove();
      return;
    }
    const current = report;
    const props = {
      report: current,
      mode,
      siteBase: siteUrl,
      onToggle: () => {
        mode = mode === 'expanded' ? 'collapsed' : 'expanded';
        void show();
      },
      onClose: () => {
        closed = true;
        void show();
      },
      onMute: () => void updateSettings((stored) => withMutedSite(stored, current.site)),
    };
    timed('render', () => {
      if (!panel.shadowHost.isConnected) panel.mount();
      renderPanel(panel.uiContainer, props);
    });
    if (!shownOnce) {
      shownOnce = true;
      performance.measure('debtguide:until-shown', { start: started, end: performance.now() });
    }
  };

  const show = async () => {
    if (ui) return renderNow(ui);
    if (!report || mode === 'off' || closed) return undefined;
    return renderNow(await ensureUi());
  };

  const analyse = async () => {
    const run = ++sequence;
    if (!isActiveOn(settings, location.hostname)) {
      report = null;
      mode = 'off';
      await show();
      await send({ type: 'debtguide:clear-badge' });
      performance.mark('debtguide:analysed');
      return;
    }
    if (precheck && !timed('precheck', precheck)) {
      const wasShown = report !== null;
      report = null;
      mode = 'off';
      await show();
      if (wasShown) await send({ type: 'debtguide:clear-badge' });
      performance.mark('debtguide:analysed');
      return;
    }
    const html = timed('read', () => document.documentElement.outerHTML);
    const response = html.length > MAX_HTML_CHARS ? { report: null } : await send({ type: 'debtguide:analyse', url: location.href, html, lang: lang() });
    if (run !== sequence || ctx.isInvalid) return;
    report = response?.report ?? null;
    if (!report) mode = 'off';
    else if (mode === 'off') {
      mode = initialMode({ settings, host: location.hostname, site: report.site, seenSites, urgent: report.lookalike !== null });
      if (mode === 'expanded') {
        seenSites = markSeen(seenSites, report.site);
        await seenSitesItem.setValue(seenSites);
      }
    }
    await show();
    // end of one reading of the page, for tests and the benchmark (the timeline is invisible to the page's user)
    performance.mark('debtguide:analysed');
  };

  const domWatch = watchDomChanges(
    ctx,
    document.documentElement,
    () => void analyse(),
    (node) => ui !== null && (node === ui.shadowHost || ui.shadowHost.contains(node)),
  );
  // the event is a window event a page can dispatch too: only a real change of address resets the budget
  let address = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (location.href === address) return;
    address = location.href;
    domWatch.reset();
    void analyse();
  });
  const unwatch = settingsItem.watch((value) => {
    const previous = settings;
    settings = normalizeSettings(value);
    if (settings.lang !== previous.lang || isActiveOn(settings, location.hostname) !== isActiveOn(previous, location.hostname)) void analyse();
  });
  ctx.onInvalidated(() => {
    unwatch();
    ui?.remove();
  });
  await analyse();
}
