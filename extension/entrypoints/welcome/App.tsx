import { AllSitesAccess } from '../../components/AllSitesAccess.tsx';
import { LangPicker } from '../../components/LangPicker.tsx';
import { langOf, useDocumentLang, useSettings } from '../../components/use-settings.ts';
import { htmlLang, t } from '../../utils/i18n/strings.ts';

/** The first-run page, opened once on install: what the extension does, and the offer to protect every site. */
export function App() {
  const settings = useSettings();
  const lang = settings ? langOf(settings) : null;
  useDocumentLang(lang, 'welcome.title');
  if (!lang) return null;
  return (
    <main class="dg-theme dg-welcome" lang={htmlLang(lang)}>
      <h1>{t(lang, 'welcome.title')}</h1>
      <LangPicker lang={lang} id="dg-welcome-lang" />
      <p>{t(lang, 'welcome.intro')}</p>
      <div class="dg-card">
        <AllSitesAccess lang={lang} />
      </div>
      <p class="dg-note">{t(lang, 'welcome.later')}</p>
    </main>
  );
}
