/** @jsxImportSource preact */
/**
 * Loaded on first use (see boot-search.ts): mounts the search dialog for the page's search form. The form
 * carries the language, the index URL and the dialog's strings in data attributes.
 */
import { render } from 'preact';
import { SearchDialog, type DialogStrings } from './SearchDialog.tsx';

let host: HTMLElement | undefined;

export function openSearch(form: HTMLFormElement, query?: string): void {
  if (host?.firstChild) return;
  host ??= document.body.appendChild(document.createElement('div'));
  const input = form.querySelector('input');
  const strings = JSON.parse(form.dataset.strings ?? '{}') as DialogStrings;
  const close = () => {
    if (host) render(null, host);
    input?.focus({ preventScroll: true });
  };
  render(
    <SearchDialog
      lang={form.dataset.search ?? 'zh-hans'}
      indexUrl={form.dataset.index ?? ''}
      allPagesUrl={form.getAttribute('action') ?? '/'}
      strings={strings}
      initialQuery={query ?? input?.value ?? ''}
      onClose={close}
    />,
    host,
  );
}
