/**
 * The always-loaded part of search: it wires the search form, the `/` key, Ctrl/Cmd+K and a `?q=` deep
 * link, and imports the dialog (Preact + the search engine) only when one of them is used. Keep it tiny:
 * it is on every page.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function bootSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector('input');
  if (!form || !input) return;
  const open = (query?: string) => {
    void import('./open-search.tsx').then((module) => module.openSearch(form, query));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    open();
  });
  input.addEventListener('click', () => open());
  input.addEventListener('input', () => open());
  document.addEventListener('keydown', (event) => {
    const key = event.key.toLowerCase();
    if ((key === 'k' && (event.ctrlKey || event.metaKey)) || (key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey)) {
      event.preventDefault();
      open();
    }
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) open(query);
}
