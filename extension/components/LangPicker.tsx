import { LANGS, type Lang } from '../utils/bundled-texts.ts';
import { t } from '../utils/i18n/strings.ts';
import { updateSettings } from '../utils/settings.ts';

/** The language select; the choice is stored and used by the panel, the popup and the guide links. */
export function LangPicker({ lang, id = 'dg-lang' }: { lang: Lang; id?: string }) {
  return (
    <span class="dg-lang">
      <label for={id}>{t(lang, 'lang.label')}</label>
      <select
        id={id}
        value={lang}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value as Lang;
          void updateSettings((settings) => ({ ...settings, lang: value }));
        }}
      >
        {LANGS.map((option) => (
          <option value={option} key={option} lang={option === 'en' ? 'en' : option === 'zh-hans' ? 'zh-Hans' : 'zh-Hant'}>
            {t(option, `lang.${option}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
