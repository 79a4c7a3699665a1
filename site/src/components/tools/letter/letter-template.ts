/**
 * The fill-in text of a letter page, taken from the page's Markdown at build time: the `## ` section(s) that
 * hold the `{{placeholders}}` (函件正文 / The letter), as plain text. The loaded page does not carry it in a
 * usable form: `page.sections` is plain text without list markers, so an English letter's "1. … 2. …" would
 * lose its numbers. Markdown is kept as the writer typed it, except inline emphasis, links and escapes.
 */

/** Inline Markdown to plain text: **bold**, *em*, `code`, [text](url), and backslash escapes. */
export function plainInline(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/**
 * The letter in a page's Markdown (frontmatter allowed): paragraphs and list items separated by a blank
 * line, list markers kept; '' when no section has placeholders.
 */
export function letterTemplate(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const sections = body.split(/^(?=## )/m).filter((section) => section.startsWith('## ') && /\{\{[^{}]+\}\}/.test(section));
  return sections
    .flatMap((section) =>
      section
        .split('\n')
        .slice(1)
        .join('\n')
        .split(/\n\s*\n/)
        .map((block) => block.split('\n').map((line) => plainInline(line.trim())).filter(Boolean).join('\n'))
        .filter(Boolean),
    )
    .join('\n\n');
}
