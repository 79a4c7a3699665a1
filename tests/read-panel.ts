/**
 * Reads the extension's panel from a page whose own scripts may have replaced every built-in: the reading
 * runs in a fresh isolated world (Chromium: DevTools `Page.createIsolatedWorld`; Firefox: a WebDriver BiDi
 * sandbox), where the page's replacements are not seen. `readPanelInPage` is sent as source text, so it
 * uses nothing from this module.
 */

export type PanelReading = {
  /** Panels found (shadow roots holding a report). */
  count: number;
  /** The shown page kind (`data-kind`), or null when there is no panel. */
  kind: string | null;
  text: string;
  /** The host is laid out as the panel's stylesheet says (fixed in the corner): its styles applied. */
  styled: boolean;
  /** Elements in the panel that the panel never renders, and attributes that could run code. */
  foreignElements: string[];
  /** Every link's href in the panel. */
  links: string[];
};

/** The tags the panel's components render (components/Panel.tsx, ReportView, RateList, PointList). */
export const PANEL_TAGS = ['a', 'aside', 'button', 'div', 'footer', 'h3', 'header', 'li', 'ol', 'p', 'q', 'section', 'span', 'strong', 'style', 'ul'];

/** Runs in the page (source text): finds every shadow root holding `.dg-report` and reads it. */
export function readPanelInPage(allowedTags: string[]): PanelReading {
  const found: { host: Element; root: ShadowRoot }[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const shadow = element.shadowRoot;
      if (!shadow) continue;
      if (shadow.querySelector('.dg-report')) found.push({ host: element, root: shadow });
      visit(shadow);
    }
  };
  visit(document);
  const first = found[0];
  if (!first) return { count: 0, kind: null, text: '', styled: false, foreignElements: [], links: [] };
  const elements = Array.from(first.root.querySelectorAll('*'));
  const foreign: string[] = [];
  for (const element of elements) {
    const tag = element.localName;
    if (!allowedTags.includes(tag)) foreign.push(tag);
    for (const attribute of Array.from(element.attributes)) {
      const risky = attribute.name.startsWith('on') || /^\s*javascript:/i.test(attribute.value) || attribute.name === 'srcdoc';
      if (risky) foreign.push(`${tag}[${attribute.name}]`);
    }
  }
  const style = getComputedStyle(first.host);
  return {
    count: found.length,
    kind: first.root.querySelector('.dg-report')?.getAttribute('data-kind') ?? null,
    text: first.root.textContent ?? '',
    styled: style.position === 'fixed',
    foreignElements: foreign,
    links: elements.filter((element) => element.localName === 'a').map((element) => element.getAttribute('href') ?? ''),
  };
}

/** The call expression that runs `readPanelInPage` in a page (for `Runtime.evaluate` or `script.evaluate`). */
export function readPanelExpression(): string {
  return `(${readPanelInPage.toString()})(${JSON.stringify(PANEL_TAGS)})`;
}
