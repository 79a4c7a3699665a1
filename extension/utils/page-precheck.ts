/**
 * The all-sites content script's first look at a page, before anything is read in full or sent: a bounded
 * walk over the page's text (at most MAX_SAMPLE_CHARS characters, MAX_NODES nodes) scanned for the loan and
 * debt words without which the classifier calls every page `other` (its `loanContextSignals`, in Simplified
 * and Traditional, generated into utils/generated/precheck-terms.ts). Most pages a person opens have none of
 * them and cost this walk only.
 */
import { withoutInvisible } from '@debtguide/shared/text/invisible';
import { precheckTerms } from './generated/precheck-terms.ts';

/** Most characters of text sampled: a page whose first 200,000 characters name no loan is left alone. */
export const MAX_SAMPLE_CHARS = 200_000;
/** Most nodes visited: a huge DOM is sampled, never walked in full. */
export const MAX_NODES = 200_000;

/** The part of a DOM node the walk reads (a structural type, so tests can build small trees). */
export type WalkNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly firstChild: WalkNode | null;
  readonly nextSibling: WalkNode | null;
  readonly parentNode: WalkNode | null;
};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements whose text is not page text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'TEXTAREA']);

/** The text under `root` in document order, up to `maxChars` characters or `maxNodes` nodes. */
export function sampleText(root: WalkNode, maxChars = MAX_SAMPLE_CHARS, maxNodes = MAX_NODES): string {
  const parts: string[] = [];
  let chars = 0;
  let visited = 0;
  let node: WalkNode | null = root;
  while (node && chars < maxChars && visited < maxNodes) {
    visited++;
    if (node.nodeType === TEXT_NODE && node.nodeValue) {
      parts.push(node.nodeValue);
      chars += node.nodeValue.length;
    }
    const descend: boolean = node.nodeType === ELEMENT_NODE ? !SKIPPED.has(node.nodeName) : node === root;
    let next: WalkNode | null = descend ? node.firstChild : null;
    // no child to enter: the next sibling, or the next sibling of the nearest ancestor that has one
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return parts.join(' ').slice(0, maxChars);
}

/** True when `text` (any case, invisible characters left out) contains one of `terms` (lower case). */
export function mentionsAny(text: string, terms: readonly string[] = precheckTerms): boolean {
  const lower = withoutInvisible(text).toLowerCase();
  return terms.some((term) => lower.includes(term));
}

/** The pre-check on a document: its title and a sample of its text name a loan or a debt. */
export function pageMentionsLoans(doc: Pick<Document, 'title' | 'documentElement'>, terms: readonly string[] = precheckTerms): boolean {
  return mentionsAny(doc.title, terms) || mentionsAny(sampleText(doc.documentElement as WalkNode), terms);
}
