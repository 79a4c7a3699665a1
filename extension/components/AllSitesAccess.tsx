import type { Lang } from '../utils/bundled-texts.ts';
import { t } from '../utils/i18n/strings.ts';
import { useAllSitesAccess } from './use-all-sites-access.ts';

/**
 * The opt-in "protect me on every site", in plain words: what is read, that it never leaves the device, how to
 * turn it off; and the button that asks the browser for the permission (or gives it back). `brief` leaves out
 * the longer explanations (the popup).
 */
export function AllSitesAccess({ lang, brief = false }: { lang: Lang; brief?: boolean }) {
  const access = useAllSitesAccess();
  if (access.granted === null) return null;
  return (
    <section class="dg-all-sites" data-granted={String(access.granted)} aria-labelledby="dg-all-sites-title">
      <h2 id="dg-all-sites-title" class="dg-all-sites-title">{t(lang, 'allSites.title')}</h2>
      <p class="dg-all-sites-status">{t(lang, access.granted ? 'allSites.on' : 'allSites.off')}</p>
      {brief ? null : <p class="dg-note">{t(lang, 'allSites.what')}</p>}
      <p class="dg-note">{t(lang, 'allSites.private')}</p>
      {brief ? null : <p class="dg-note">{t(lang, 'allSites.how')}</p>}
      {access.granted ? (
        <button type="button" class="dg-button dg-button-quiet" id="dg-all-sites-off" onClick={access.turnOff}>
          {t(lang, 'allSites.turnOff')}
        </button>
      ) : (
        <button type="button" class="dg-button" id="dg-all-sites-on" onClick={access.turnOn}>
          {t(lang, 'allSites.turnOn')}
        </button>
      )}
      {access.denied ? <p class="dg-note dg-error">{t(lang, 'allSites.denied')}</p> : null}
    </section>
  );
}
