/**
 * The tag name of the panel's host element. `debt-guide-panel` as a rule; but a page can claim that name
 * first — define a custom element with it that refuses a shadow root, or speaks in the panel's place — and
 * then the host takes the same name with a random suffix, which no page can know in advance.
 */
export const PANEL_TAG = 'debt-guide-panel';

/** True when the page has made `name` its own: a defined custom element, or one that may not host a shadow root. */
export function isClaimed(doc: Pick<Document, 'createElement'>, name: string): boolean {
  const probe = doc.createElement(name);
  if (probe.matches(':defined')) return true;
  try {
    probe.attachShadow({ mode: 'open' });
    return false;
  } catch (error) {
    // a definition with `disabledFeatures = ['shadow']` (its constructor may have failed, leaving it undefined)
    if (error instanceof DOMException && error.name === 'NotSupportedError') return true;
    throw error;
  }
}

/** A host tag for the panel that the page has not claimed. */
export function panelTag(doc: Pick<Document, 'createElement'> = document, suffix = () => Math.random().toString(36).slice(2, 10)): string {
  if (!isClaimed(doc, PANEL_TAG)) return PANEL_TAG;
  for (;;) {
    const name = `${PANEL_TAG}-${suffix()}`;
    if (!isClaimed(doc, name)) return name;
  }
}
