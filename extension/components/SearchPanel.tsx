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
  const latest = useRef(0);

  useEffect(() => {
    setReady(false);
    void searcherFor(lang).then(() => setReady(true));
  }, [lang]);

  useEffect(() => {
    const text = query.trim();
    const run = ++latest.current;
    if (!text) {
      setResults(null);
      return undefined;
    }
    const timer = setTimeout(() => {
      void searchGuides(lang, text).then((found) => run === latest.current && setResults(found));
    }, 120);
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
          const run = ++latest.current;
          if (text) void searchGuides(lang, text).then((found) => run === latest.current && setResults(found));
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
      {!ready && query ? <p class="dg-note">{t(lang, 'search.loading')}</p> : null}
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
