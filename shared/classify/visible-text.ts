/**
 * Visible text of an HTML document without a DOM (the CLI and tests run in Node; the extension may pass
 * `document.body.innerText` instead). Skips script, style, template, svg and similar blocks; inline tags
 * join their text without a gap (`日利率<b>0.05%</b>` stays one phrase); block tags start a new line.
 * Characters that show nothing (zero-width, soft hyphen, direction marks) are dropped: a reader does not see
 * them, and they are used to cut words so that filters miss them. One pass over the input, no backtracking
 * regexes.
 */
import { withoutInvisible } from '../text/invisible.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'head']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'button', 'option', 'select', 'textarea', 'title',
]);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', copy: '©', reg: '®', yen: '¥',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', times: '×', emsp: ' ', ensp: ' ',
};

/** Decodes the character references of HTML text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function tagNameAt(html: string, start: number): { name: string; closing: boolean } {
  let i = start + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  let name = '';
  while (i < html.length && /[a-zA-Z0-9-]/.test(html[i] ?? '')) name += html[i++];
  return { name: name.toLowerCase(), closing };
}

/** End index (exclusive) of the tag starting at `start`, honouring quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return html.length;
}

/** A line that is a serialised data blob rather than prose (`{"a":1}` or `[{"k":"v"}]`). */
function looksLikeJson(line: string): boolean {
  return line.length > 20 && /^[[{]/.test(line) && /[\]}]$/.test(line) && line.includes('":');
}

function collapse(text: string): string {
  return withoutInvisible(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line && !looksLikeJson(line))
    .join('\n');
}

/** Index of the closing tag `</name` at or after `from`, case-insensitively, or -1. */
function closingTagIndex(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** The title element's text, or ''. */
export function extractTitle(html: string): string {
  const open = html.search(/<title/i);
  if (open === -1) return '';
  const start = tagEnd(html, open);
  const close = closingTagIndex(html, 'title', start);
  return collapse(decodeEntities(html.slice(start, close === -1 ? start : close))).replace(/\n/g, ' ');
}

/** The text a reader sees in the body, one block per line. */
export function extractVisibleText(html: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      parts.push(html.slice(i));
      break;
    }
    if (lt > i) parts.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const { name, closing } = tagNameAt(html, lt);
    if (!name) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        i = tagEnd(html, lt);
        continue;
      }
      parts.push('<');
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    if (!closing && SKIPPED.has(name) && html[end - 2] !== '/') {
      const close = closingTagIndex(html, name, end);
      if (close === -1) i = name === 'head' ? end : html.length;
      else i = tagEnd(html, close);
      if (name !== 'head') parts.push(' ');
      continue;
    }
    if (BLOCK.has(name)) parts.push('\n');
    else if (name === 'img' || name === 'input') parts.push(' ');
    i = end;
  }
  return collapse(decodeEntities(parts.join('')));
}
