/**
 * The fill-in text of a letter page. The loader gives every page its body cut into sections of plain text
 * (`page.sections`, paragraphs separated by `\n`, zh-hant already converted); the letter is the section
 * that holds the `{{placeholders}}` (函件正文 / The letter). Build time: the Astro wrapper passes the result
 * to the island, so the page's markdown never has to be parsed again.
 */
import type { PageSection } from '@debtguide/shared/content/schema';

/** The letter's text with its placeholders, paragraphs separated by a blank line; '' if there is none. */
export function letterTemplate(sections: readonly PageSection[]): string {
  return sections
    .filter((section) => /\{\{[^{}]+\}\}/.test(section.text))
    .map((section) => section.text.split('\n').filter((line) => line.trim() !== '').join('\n\n'))
    .join('\n\n');
}
