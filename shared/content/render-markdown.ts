/**
 * Renders a page body with markdown-it, raw HTML off. Raw HTML is not silently escaped: a second parser with
 * HTML on finds exactly what CommonMark would have passed through, and each one is reported with its line.
 * Also extracts the headings (with anchor ids), the plain text section by section, and the links to other
 * guide pages (rewritten to the page's language).
 */
import MarkdownIt, { type Token } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import type { ContentLang } from './content-lang.ts';
import { uniqueIds } from './heading-id.ts';
import { inlineText, lineInInline } from './inline-text.ts';
import type { PageHeading, PageSection } from './page.ts';
import type { LineProblem } from './parse-frontmatter.ts';
import { classifySiteLink } from './site-link.ts';

/**
 * markdown-it-cjk-friendly: CommonMark will not close `**bold。**` when Chinese text follows the closing `**`
 * (punctuation before it, a Han character after), so it would print the asterisks; the plugin fixes emphasis
 * next to CJK characters.
 */
const renderer = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(cjkFriendly);
const htmlFinder = new MarkdownIt({ html: true, linkify: false, typographer: false });

export type RenderOptions = {
  /** The page's language: links to guide pages get it as prefix. */
  lang: ContentLang;
  /** The file line of the body's first line, for problem lines (default 1). */
  firstLine?: number;
};

export type RenderedBody = {
  html: string;
  headings: PageHeading[];
  sections: PageSection[];
  /** Links to guide pages, to check that their slugs exist. */
  pageLinks: Array<{ slug: string; line: number }>;
  /** Raw HTML, a level-1 heading, a link that is not allowed. */
  problems: LineProblem[];
};

function snippet(html: string): string {
  const first = (html.trim().split('\n')[0] ?? '').trim();
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}

/** Every piece of raw HTML (block or inline, comments included) with its file line. Code spans and autolinks are not HTML. */
export function findRawHtml(body: string, firstLine = 1): LineProblem[] {
  const problems: LineProblem[] = [];
  const message = (html: string) => `raw HTML is not allowed: \`${snippet(html)}\` (write it in Markdown)`;
  for (const token of htmlFinder.parse(body, {})) {
    if (token.type === 'html_block') problems.push({ line: (token.map?.[0] ?? 0) + firstLine, message: message(token.content) });
    if (token.type !== 'inline') continue;
    let cursor = 0;
    for (const child of token.children ?? []) {
      if (child.type !== 'html_inline') continue;
      const found = lineInInline(token, firstLine, child.content, cursor);
      cursor = found.next;
      problems.push({ line: found.line, message: message(child.content) });
    }
  }
  return problems;
}

/** Rewrites links to guide pages in place and collects them; reports links that are not allowed. */
function processLinks(tokens: Token[], lang: ContentLang, firstLine: number, out: RenderedBody): void {
  for (const token of tokens) {
    if (token.type !== 'inline') continue;
    let cursor = 0;
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      const href = child.attrGet('href') ?? '';
      const found = lineInInline(token, firstLine, `(${href}`, cursor);
      cursor = found.next;
      const link = classifySiteLink(href, lang);
      if (link.kind === 'page') {
        child.attrSet('href', link.href);
        out.pageLinks.push({ slug: link.slug, line: found.line });
      } else if (link.kind === 'bad') {
        out.problems.push({ line: found.line, message: link.message });
      }
    }
  }
}

/** Headings get ids; the body is cut into sections at each heading. */
function collectStructure(tokens: Token[], firstLine: number, out: RenderedBody): void {
  const nextId = uniqueIds();
  let current: { heading: string; parts: string[] } = { heading: '', parts: [] };
  const flush = () => {
    const text = current.parts.filter(Boolean).join('\n');
    if (current.heading || text) out.sections.push({ heading: current.heading, text });
  };
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') {
      const inline = tokens[index + 1];
      const text = inline ? inlineText(inline) : '';
      const level = Number(token.tag.slice(1));
      const id = nextId(text);
      token.attrSet('id', id);
      out.headings.push({ level, text, id });
      if (level === 1) {
        const message = 'use ## for sections: the level-1 heading is the title, from the frontmatter';
        out.problems.push({ line: (token.map?.[0] ?? 0) + firstLine, message });
      }
      flush();
      current = { heading: text, parts: [] };
    } else if (token.type === 'inline' && tokens[index - 1]?.type !== 'heading_open') {
      current.parts.push(inlineText(token));
    } else if (token.type === 'fence' || token.type === 'code_block') {
      current.parts.push(token.content.trimEnd());
    }
  });
  flush();
}

/** Renders `body` (Markdown) for a page in `options.lang`. */
export function renderMarkdown(body: string, options: RenderOptions): RenderedBody {
  const firstLine = options.firstLine ?? 1;
  const out: RenderedBody = { html: '', headings: [], sections: [], pageLinks: [], problems: findRawHtml(body, firstLine) };
  const tokens = renderer.parse(body, {});
  processLinks(tokens, options.lang, firstLine, out);
  collectStructure(tokens, firstLine, out);
  out.html = renderer.renderer.render(tokens, renderer.options, {});
  return out;
}
