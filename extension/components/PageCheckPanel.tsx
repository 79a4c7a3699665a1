import { useEffect, useState } from 'preact/hooks';
import { analysePage } from '../utils/analyse-page.ts';
import type { Lang } from '../utils/bundled-texts.ts';
import { t } from '../utils/i18n/strings.ts';
import type { PageReport } from '../utils/page-report.ts';
import { readActiveTab, type TabPage } from '../utils/read-active-tab.ts';
import { siteUrl } from '../utils/site-url.ts';
import { ReportView } from './ReportView.tsx';

type State = { status: 'idle' | 'reading' | 'error' } | { status: 'done'; page: TabPage; report: PageReport | null };

/** "Check this page", on any site: reads the active tab only when clicked, classifies it here in the popup. */
export function PageCheckPanel({ lang }: { lang: Lang }) {
  const [state, setState] = useState<State>({ status: 'idle' });

  // a report is in one language: redo it from the page already read when the language changes
  useEffect(() => {
    if (state.status === 'done' && state.report && state.report.lang !== lang) {
      setState({ ...state, report: analysePage({ ...state.page, lang }) });
    }
  }, [lang, state]);

  const check = async () => {
    setState({ status: 'reading' });
    const page = await readActiveTab();
    setState(page ? { status: 'done', page, report: analysePage({ ...page, lang }) } : { status: 'error' });
  };

  return (
    <div class="dg-page-check">
      <p class="dg-note">{t(lang, 'page.intro')}</p>
      <button type="button" class="dg-button dg-button-wide" onClick={() => void check()} disabled={state.status === 'reading'}>
        {state.status === 'reading' ? t(lang, 'page.checking') : t(lang, 'page.check')}
      </button>
      <div class="dg-page-result" aria-live="polite">
        {state.status === 'error' ? <p class="dg-note dg-error">{t(lang, 'page.error')}</p> : null}
        {state.status === 'done' && !state.report ? <p class="dg-note">{t(lang, 'page.other')}</p> : null}
        {state.status === 'done' && state.report ? <ReportView report={state.report} siteBase={siteUrl} /> : null}
      </div>
    </div>
  );
}
