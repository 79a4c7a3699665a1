import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteCorpus } from '../../../../../shared/cli/load-site-corpus.ts';
import type { ContentPage } from '@debtguide/shared/content/schema';
import { contentDir } from '../../../../../shared/cli/paths.ts';
import { letterTemplate, plainInline } from './letter-template.ts';

describe('plainInline', () => {
  it('drops emphasis, code, links and escapes but keeps the words', () => {
    expect(plainInline('**Date**: {{letter_date}}, see [12378](/channels/nfra-12378/) and `x`')).toBe('Date: {{letter_date}}, see 12378 and x');
    expect(plainInline('*注意*：1\\. 不是列表')).toBe('注意：1. 不是列表');
    expect(plainInline('snake_case_name stays')).toBe('snake_case_name stays');
  });
});

describe('letterTemplate', () => {
  /** The written letter pages (zh-hans, en) with their templates, read once: loading the corpus takes seconds. */
  let letters: { page: ContentPage; template: string }[] = [];
  beforeAll(() => {
    letters = loadSiteCorpus()
      .pages.filter((page) => page.kind === 'letter' && page.lang !== 'zh-hant')
      .map((page) => ({ page, template: letterTemplate(readFileSync(`${contentDir()}${page.file}`, 'utf8')) }));
  }, 60_000);

  const markdown = [
    '---', 'kind: letter', '---', '', 'Intro {not a placeholder}', '', '## The letter', '', 'To: {{lender}}', '',
    '1. Stop at once.', '', '2. Delete it.', '', 'I am **{{name}}**.', '', '## How to send it', '', 'By post.',
  ].join('\n');

  it('takes the section with placeholders, one block per paragraph or list item, numbers kept', () => {
    expect(letterTemplate(markdown)).toBe('To: {{lender}}\n\n1. Stop at once.\n\n2. Delete it.\n\nI am {{name}}.');
  });

  it('is empty for a page without a letter', () => {
    expect(letterTemplate('## Only text\n\nNothing to fill.')).toBe('');
  });

  it('holds every field of every letter page, with no Markdown left', () => {
    expect(letters.length).toBeGreaterThanOrEqual(14);
    for (const { page, template } of letters) {
      for (const field of page.fields ?? []) expect(template, `${page.url} ${field.name}`).toContain(`{{${field.name}}}`);
      expect(template, page.url).not.toMatch(/##|\*\*|\]\(/);
    }
  });

  it('has every letter say that it does not acknowledge the debt or the amount claimed', () => {
    for (const { page, template } of letters) {
      const disclaimer = page.lang === 'en' ? /not an acknowledgement of any debt|does not confirm the amount you claim/ : /不构成对.{0,20}(?:债务|金额)的(?:承认|确认)/;
      expect(template, page.url).toMatch(disclaimer);
    }
  });

  it('keeps the numbered demands of the English letter', () => {
    const template = letterTemplate(readFileSync(`${contentDir()}en/letters/stop-third-party-contact.md`, 'utf8'));
    expect(template).toContain('\n\n1. Stop at once contacting');
    expect(template).toContain('\n\n5. In future, when communicating with me about this matter, {{preferred_channel}}.');
  });
});
