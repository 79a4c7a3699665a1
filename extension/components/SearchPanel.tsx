import type { SearchResult } from '@debtguide/shared/search';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../utils/bundled-texts.ts';
import { t } from '../utils/i18n/strings.ts';
import { searchGuides, searcherFor } from '../utils/search-indexes.ts';
import { guideUrl, siteUrl } from '../utils/site-url.ts';

/** The excerpt without Markdown emphasis marks (section text may still carry `**`). */
function plainExcerpt(text: string): string {
  return text.replace(/\*\*|__/g, '');
}

/** Search the guides (rights, hardship options, channels…) with the shared engine and the bundled index. */
export function SearchPanel({ lang }: { lang: Lang }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  /** Searches, keeping only the latest run's answer; a failure is shown, never taken for "nothing found". */
  const find = (text: string) => {
    const run = ++latest.current;
    const current = () => run === latest.current;
    searchGuides(lang, text).then(
      (found) => {
        if (current()) {
          setFailed(false);
          setResults(found);
        }
      },
      () => {
        if (current()) {
          setResults(null);
          setFailed(true);
        }
      },
    );
  };

  useEffect(() => {
    setReady(false);
    searcherFor(lang).then(() => setReady(true), () => setFailed(true));
  }, [lang]);

  useEffect(() => {
    const text = query.trim();
    if (!text) {
      ++latest.current;
      setResults(null);
      return undefined;
    }
    const timer = setTimeout(() => find(text), 120);
    return () => clearTimeout(timer);
  }, [query, lang]);

  return (
    <div class="dg-search">
      <form
        role="search"
        class="dg-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const text = query.trim();
          if (text) find(text);
        }}
      >
        <label for="dg-search-input" class="dg-label">
          {t(lang, 'search.label')}
        </label>
        <div class="dg-row">
          <input
            id="dg-search-input"
            type="search"
            value={query}
            placeholder={t(lang, 'search.placeholder')}
            autoComplete="off"
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="dg-button">
            {t(lang, 'search.button')}
          </button>
        </div>
      </form>
      {!ready && !failed && query ? <p class="dg-note">{t(lang, 'search.loading')}</p> : null}
      {failed ? <p class="dg-note" role="alert">{t(lang, 'search.failed')}</p> : null}
      {results && results.length === 0 ? <p class="dg-note">{t(lang, 'search.none')}</p> : null}
      {results && results.length > 0 ? (
        <ol class="dg-results" aria-live="polite">
          {results.map((result) => (
            <li key={result.slug} class="dg-result" data-slug={result.slug}>
              <a href={guideUrl(siteUrl, lang, result.slug)} target="_blank" rel="noopener noreferrer">
                {result.title}
              </a>
              {result.excerpt ? <p class="dg-excerpt">{plainExcerpt(result.excerpt)}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
