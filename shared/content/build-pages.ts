/** Turns a checked source file into its pages: en → en; zh-hans → zh-hans and the generated zh-hant. */
import type { ContentLang } from './content-lang.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { ContentPage } from './page.ts';
import type { SourceFile } from './read-source-file.ts';
import { type RenderedBody, renderMarkdown } from './render-markdown.ts';
import { pageUrl } from './slug.ts';
import { toTraditional, toTraditionalFrontmatter } from './to-traditional.ts';

function toPage(source: SourceFile, lang: ContentLang, frontmatter: Frontmatter, rendered: RenderedBody): ContentPage {
  return {
    ...frontmatter,
    lang,
    slug: source.slug,
    url: pageUrl(lang, source.slug),
    file: source.file,
    html: rendered.html,
    headings: rendered.headings,
    sections: rendered.sections,
    placeholders: [...new Set(source.placeholders.map((placeholder) => placeholder.name))],
  };
}

/** The pages of a source file with valid frontmatter (none otherwise). */
export function buildPages(source: SourceFile): ContentPage[] {
  const frontmatter = source.frontmatter;
  if (!frontmatter) return [];
  const own = toPage(source, source.lang, frontmatter, source.rendered);
  if (source.lang !== 'zh-hans') return [own];
  const traditional = renderMarkdown(toTraditional(source.body), { lang: 'zh-hant', firstLine: source.bodyLine });
  return [own, toPage(source, 'zh-hant', toTraditionalFrontmatter(frontmatter), traditional)];
}
