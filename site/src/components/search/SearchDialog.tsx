/** @jsxImportSource preact */
/**
 * The search dialog: a modal <dialog> with a combobox input and a listbox of results that update as the
 * reader types. ↑/↓ choose, Enter opens, Esc closes; a click or tap on a result opens it. Options hold no
 * links (a link inside an option is nested interaction), so opening a result is done here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Searcher } from '@debtguide/shared/search';
import { getSearcher } from './search-client.ts';
import { ResultItem } from './ResultItem.tsx';

export type DialogStrings = Record<string, string>;

type Props = {
  lang: string;
  indexUrl: string;
  allPagesUrl: string;
  strings: DialogStrings;
  initialQuery: string;
  onClose: () => void;
};

const LIMIT = 10;

export function SearchDialog({ lang, indexUrl, allPagesUrl, strings, initialQuery, onClose }: Props) {
  const s = (key: string) => strings[key] ?? key;
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    dialog.current?.showModal();
    input.current?.focus();
    getSearcher(indexUrl).then(setSearcher, () => setFailed(true));
  }, [indexUrl]);

  const { results, broken } = useMemo(() => {
    if (!searcher || !query.trim()) return { results: [], broken: false };
    try {
      return { results: searcher.search(query, { limit: LIMIT }), broken: false };
    } catch (error) {
      // A failing search says so (and links every page) instead of looking like "no results".
      console.error(error);
      return { results: [], broken: true };
    }
  }, [searcher, query]);
  const href = (slug: string) => `/${lang}/${slug}/`;
  const go = (index: number) => {
    const result = results[index];
    if (result) location.assign(href(result.slug));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length) setActive((active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(active);
    } else if (event.key === 'Escape') {
      // A search field would spend the first Escape on clearing itself: close at once instead.
      event.preventDefault();
      dialog.current?.close();
    }
  };

  let status = '';
  if (failed || broken) status = s('error');
  else if (!searcher) status = s('loading');
  else if (!query.trim()) status = s('empty');
  else if (!results.length) status = s('none');
  else status = s('count').replace('{n}', String(results.length));

  return (
    <dialog
      ref={dialog}
      class="search-dialog"
      aria-labelledby="search-dialog-title"
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
    >
      <div class="search-panel">
        <div class="search-head">
          <h2 id="search-dialog-title" class="visually-hidden">{s('title')}</h2>
          <input
            ref={input}
            class="field"
            type="search"
            role="combobox"
            aria-label={s('label')}
            aria-expanded={results.length > 0}
            aria-controls="search-results"
            aria-autocomplete="list"
            aria-activedescendant={results.length ? `search-result-${active}` : undefined}
            placeholder={s('placeholder')}
            autocomplete="off"
            enterkeyhint="go"
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" class="button button-quiet search-close" onClick={() => dialog.current?.close()}>
            {s('close')}
          </button>
        </div>
        <p class="search-status" role="status">{status}</p>
        <ul id="search-results" class="search-results" role="listbox" aria-label={s('title')}>
          {results.map((result, index) => (
            <ResultItem
              key={result.slug}
              id={`search-result-${index}`}
              result={result}
              query={query}
              section={s(result.slug.split('/')[0] ?? '')}
              selected={index === active}
              onSelect={() => go(index)}
              onHover={() => setActive(index)}
            />
          ))}
        </ul>
        {failed || broken ? <p><a href={allPagesUrl}>{s('all')}</a></p> : <p class="search-keys">{s('keys')}</p>}
      </div>
    </dialog>
  );
}
