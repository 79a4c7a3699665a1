import { useState } from 'preact/hooks';
import { AllSitesAccess } from '../../components/AllSitesAccess.tsx';
import { LangPicker } from '../../components/LangPicker.tsx';
import { langOf, useDocumentLang, useSettings } from '../../components/use-settings.ts';
import { htmlLang, t } from '../../utils/i18n/strings.ts';
import { seenSitesItem, updateSettings, withMutedSite, withoutMutedSite } from '../../utils/settings.ts';
import { normalizeSite } from '../../utils/site-match.ts';

/** Options: language, protection on every site, pause everywhere, muted sites, and forgetting which sites were seen. */
export function App() {
  const settings = useSettings();
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [reset, setReset] = useState(false);
  const lang = settings ? langOf(settings) : null;
  useDocumentLang(lang, 'options.title');
  if (!settings || !lang) return null;

  return (
    <main class="dg-theme dg-options" lang={htmlLang(lang)}>
      <h1>{t(lang, 'options.title')}</h1>

      <section class="dg-card">
        <LangPicker lang={lang} id="dg-options-lang" />
        <p class="dg-note">{t(lang, 'options.language.help')}</p>
      </section>

      <div class="dg-card">
        <AllSitesAccess lang={lang} />
      </div>

      <section class="dg-card">
        <label class="dg-check">
          <input
            type="checkbox"
            id="dg-paused"
            checked={settings.paused}
            onChange={(event) => {
              const paused = (event.currentTarget as HTMLInputElement).checked;
              void updateSettings((current) => ({ ...current, paused }));
            }}
          />
          <span>{t(lang, 'options.pause')}</span>
        </label>
        <p class="dg-note">{t(lang, 'options.pause.help')}</p>
      </section>

      <section class="dg-card">
        <h2>{t(lang, 'options.muted')}</h2>
        <p class="dg-note">{t(lang, 'options.muted.help')}</p>
        <form
          class="dg-row"
          onSubmit={(event) => {
            event.preventDefault();
            const normalized = normalizeSite(site);
            setInvalid(!normalized);
            if (!normalized) return;
            setSite('');
            void updateSettings((current) => withMutedSite(current, normalized));
          }}
        >
          <input
            type="text"
            id="dg-mute-input"
            value={site}
            placeholder={t(lang, 'options.muted.placeholder')}
            aria-label={t(lang, 'options.muted')}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'dg-mute-error' : undefined}
            onInput={(event) => setSite((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="dg-button">
            {t(lang, 'options.muted.add')}
          </button>
        </form>
        {invalid ? (
          <p class="dg-note dg-error" id="dg-mute-error">
            {t(lang, 'options.muted.invalid')}
          </p>
        ) : null}
        {settings.mutedSites.length === 0 ? (
          <p class="dg-note">{t(lang, 'options.muted.none')}</p>
        ) : (
          <ul class="dg-muted-list">
            {settings.mutedSites.map((muted) => (
              <li key={muted} data-site={muted}>
                <span>{muted}</span>
                <button type="button" class="dg-button dg-button-quiet" onClick={() => void updateSettings((current) => withoutMutedSite(current, muted))}>
                  {t(lang, 'options.muted.remove', { site: muted })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="dg-card">
        <button
          type="button"
          class="dg-button dg-button-quiet"
          onClick={() => {
            void seenSitesItem.setValue([]).then(() => setReset(true));
          }}
        >
          {t(lang, 'options.seen.reset')}
        </button>
        <p class="dg-note">
          {t(lang, 'options.seen.help')} {reset ? t(lang, 'options.seen.done') : ''}
        </p>
      </section>

      <section class="dg-card">
        <h2>{t(lang, 'options.permissions')}</h2>
        <p>{t(lang, 'options.permissions.text')}</p>
      </section>
    </main>
  );
}
