/** @jsxImportSource preact */
/**
 * The letter generator island on every letters/* page: the page's fields as a form → the finished letter
 * (shared fillPlaceholders) to copy, print or download. Values are kept in localStorage per letter slug, an
 * identity number never; "Forget what I typed" empties the form and removes every letter's stored values.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LetterField } from '@debtguide/shared/content/schema';
import { translator, type Strings } from '../i18n/format.ts';
import { copyText, downloadText } from '../ui/clipboard.ts';
import { LetterFieldInput } from './LetterFieldInput.tsx';
import {
  fillLetter, letterFileName, letterStorageKey, letterStorageKeys, missingRequired, restoreValues, serializeValues, type LetterValues,
} from './letter-values.ts';

type Props = { slug: string; lang: string; fields: LetterField[]; template: string; strings: Strings };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Prints the letter alone (tools.css hides the rest of the page while the class is set). */
function printLetter(): void {
  const root = document.documentElement;
  root.classList.add('dg-printing-letter');
  window.addEventListener('afterprint', () => root.classList.remove('dg-printing-letter'), { once: true });
  window.print();
}

export default function LetterGenerator({ slug, lang, fields, template, strings }: Props) {
  const t = translator(strings);
  const key = letterStorageKey(slug);
  const [values, setValues] = useState<LetterValues>({});
  const [loaded, setLoaded] = useState(false);
  const [stored, setStored] = useState(true);
  const [status, setStatus] = useState('');

  useEffect(() => {
    setValues(restoreValues(storage()?.getItem(key) ?? null, fields));
    setLoaded(true);
  }, [key]);

  useEffect(() => {
    if (!loaded) return;
    try {
      const local = storage();
      if (!local) throw new Error('no localStorage');
      const kept = serializeValues(values, fields);
      if (kept) local.setItem(key, kept);
      else local.removeItem(key);
      setStored(true);
    } catch {
      setStored(false);
    }
  }, [values, loaded]);

  const letter = fillLetter(template, fields, values, lang);
  const missing = missingRequired(fields, values);
  const separator = t('common.listSeparator');

  return (
    <div class="dg-tool dg-letter">
      <h2>{t('letter.heading')}</h2>
      <form class="dg-form" onSubmit={(event) => event.preventDefault()} aria-labelledby="dg-letter-form-heading">
        <h3 id="dg-letter-form-heading">{t('letter.form.heading')}</h3>
        <p class="dg-note">{t('letter.form.note')}</p>
        {stored ? null : <p class="dg-warning" role="alert">{t('letter.storageUnavailable')}</p>}
        {fields.map((field) => (
          <LetterFieldInput key={field.name} field={field} value={values[field.name] ?? ''} strings={strings}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))} />
        ))}
      </form>
      <section class="dg-result" aria-labelledby="dg-letter-output-heading">
        <h3 id="dg-letter-output-heading">{t('letter.output.heading')}</h3>
        <p class={missing.length > 0 ? 'dg-warning' : 'dg-ok'}>
          {missing.length > 0
            ? t('letter.missing', { n: missing.length, list: missing.map((field) => field.label).join(separator) })
            : t('letter.complete')}
        </p>
        <pre class="dg-letter-text dg-letter-print" data-testid="letter-text">{letter}</pre>
        <div class="dg-actions">
          <button type="button" class="dg-button dg-button-primary"
            onClick={async () => setStatus(t((await copyText(letter)) ? 'common.copied' : 'common.copyFailed'))}>
            {t('letter.copy')}
          </button>
          <button type="button" class="dg-button" onClick={printLetter}>{t('letter.print')}</button>
          <button type="button" class="dg-button" onClick={() => downloadText(letterFileName(slug), letter)}>{t('letter.download')}</button>
          <button type="button" class="dg-button dg-button-quiet"
            onClick={() => {
              const local = storage();
              for (const stale of local ? letterStorageKeys(local) : []) local?.removeItem(stale);
              setValues({});
              setStatus(t('letter.forgotten'));
            }}>
            {t('letter.forget')}
          </button>
        </div>
        <p class="dg-status" role="status" aria-live="polite">{status}</p>
      </section>
    </div>
  );
}
