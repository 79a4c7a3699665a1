import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AllSitesAccess } from '../../components/AllSitesAccess.tsx';
import { LangPicker } from '../../components/LangPicker.tsx';
import { MessagePanel } from '../../components/MessagePanel.tsx';
import { PageCheckPanel } from '../../components/PageCheckPanel.tsx';
import { SearchPanel } from '../../components/SearchPanel.tsx';
import { langOf, useDocumentLang, useSettings } from '../../components/use-settings.ts';
import { htmlLang, t, type StringKey } from '../../utils/i18n/strings.ts';

const TABS = [
  { id: 'search', label: 'popup.tab.search' },
  { id: 'page', label: 'popup.tab.page' },
  { id: 'message', label: 'popup.tab.message' },
] as const satisfies readonly { id: string; label: StringKey }[];

type TabId = (typeof TABS)[number]['id'];

/** The toolbar popup: search the guides, check the page in this tab, check a pasted collection message. */
export function App() {
  const settings = useSettings();
  const [tab, setTab] = useState<TabId>('search');
  const lang = settings ? langOf(settings) : null;
  useDocumentLang(lang);
  if (!lang) return null;
  return (
    <div class="dg-theme dg-popup" lang={htmlLang(lang)}>
      <header class="dg-popup-head">
        <span class="dg-mark" aria-hidden="true">明</span>
        <h1 class="dg-title">{t(lang, 'app.name')}</h1>
        <LangPicker lang={lang} />
      </header>
      <div role="tablist" class="dg-tabs" aria-label={t(lang, 'app.name')}>
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`dg-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`dg-tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            class="dg-tab-button"
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = TABS[(TABS.findIndex((item) => item.id === tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
              if (next) {
                setTab(next.id);
                document.getElementById(`dg-tab-${next.id}`)?.focus();
              }
            }}
          >
            {t(lang, label)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id="dg-tabpanel-search" aria-labelledby="dg-tab-search" hidden={tab !== 'search'} class="dg-tabpanel">
        <SearchPanel lang={lang} />
      </section>
      <section role="tabpanel" id="dg-tabpanel-page" aria-labelledby="dg-tab-page" hidden={tab !== 'page'} class="dg-tabpanel">
        <PageCheckPanel lang={lang} />
      </section>
      <section role="tabpanel" id="dg-tabpanel-message" aria-labelledby="dg-tab-message" hidden={tab !== 'message'} class="dg-tabpanel">
        <MessagePanel lang={lang} />
      </section>
      <div class="dg-popup-access">
        <AllSitesAccess lang={lang} brief />
      </div>
      <footer class="dg-popup-foot">
        <p>{t(lang, 'app.privacy')}</p>
        <button type="button" class="dg-text-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'popup.settings')}
        </button>
      </footer>
    </div>
  );
}
