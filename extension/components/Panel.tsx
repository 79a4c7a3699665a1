import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ReportView } from './ReportView.tsx';
import { htmlLang, t } from '../utils/i18n/strings.ts';
import type { PageReport } from '../utils/page-report.ts';
import type { PanelMode } from '../utils/panel-mode.ts';

export type PanelProps = {
  report: PageReport;
  mode: Exclude<PanelMode, 'off'>;
  siteBase: string;
  /** Open ↔ minimised. */
  onToggle: () => void;
  /** Close for this page. */
  onClose: () => void;
  /** Never show on this site. */
  onMute: () => void;
};

/**
 * The panel: a small tab when minimised, a card when open. The report stays in the DOM while minimised
 * (hidden, like a closed disclosure), so opening it is instant.
 */
export function App({ report, mode, siteBase, onToggle, onClose, onMute }: PanelProps) {
  const { lang } = report;
  const open = mode === 'expanded';
  const tab = useRef<HTMLButtonElement>(null);
  const warn = report.lookalike !== null || report.pageKind === 'collection-notice' || report.pageKind === 'relief-scam';
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onToggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onToggle]);
  return (
    <div class={`dg-theme dg-root${warn ? ' dg-warn' : ''}`} lang={htmlLang(lang)}>
      <button
        ref={tab}
        type="button"
        class="dg-tab"
        hidden={open}
        aria-expanded={open}
        aria-controls="dg-panel"
        title={t(lang, 'panel.expand')}
        onClick={onToggle}
      >
        <span class="dg-tab-mark" aria-hidden="true">明</span>
        <span class="dg-tab-name">{t(lang, 'app.name')}</span>
        {report.findings > 0 ? <span class="dg-tab-count">{t(lang, 'panel.findings', { count: report.findings })}</span> : null}
      </button>
      <aside id="dg-panel" class="dg-panel" hidden={!open} aria-label={t(lang, 'panel.label')}>
        <header class="dg-head">
          <span class="dg-tab-mark" aria-hidden="true">明</span>
          <strong class="dg-name">{t(lang, 'app.name')}</strong>
          <button type="button" class="dg-icon" title={t(lang, 'panel.collapse')} aria-label={t(lang, 'panel.collapse')} onClick={onToggle}>
            <span aria-hidden="true">–</span>
          </button>
          <button type="button" class="dg-icon" title={t(lang, 'panel.close')} aria-label={t(lang, 'panel.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div class="dg-body">
          <ReportView report={report} siteBase={siteBase} />
        </div>
        <footer class="dg-foot">
          <button type="button" class="dg-text-button" onClick={onMute}>
            {t(lang, 'panel.muteSite', { site: report.site })}
          </button>
          <p class="dg-privacy">{t(lang, 'app.privacy')}</p>
        </footer>
      </aside>
    </div>
  );
}

/** Renders (or re-renders) the panel into the shadow root's container; `null` empties it. */
export function renderPanel(container: HTMLElement, props: PanelProps | null): void {
  render(props ? <App {...props} /> : null, container);
}
