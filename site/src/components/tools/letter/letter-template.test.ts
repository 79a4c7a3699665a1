import { describe, expect, it } from 'vitest';
import { loadSiteCorpus } from '../../../../../shared/cli/load-site-corpus.ts';
import { letterTemplate } from './letter-template.ts';

describe('letterTemplate', () => {
  it('takes the section with placeholders, one paragraph per blank-line block', () => {
    const sections = [
      { heading: '', text: 'Intro {not a placeholder}' },
      { heading: 'The letter', text: 'To: {{lender}}\nI am {{name}}.' },
      { heading: 'How to send it', text: 'By post.' },
    ];
    expect(letterTemplate(sections)).toBe('To: {{lender}}\n\nI am {{name}}.');
  });

  it('is empty for a page without a letter', () => {
    expect(letterTemplate([{ heading: '', text: 'Nothing to fill.' }])).toBe('');
  });

  it('holds every field of every letter page, in every language', () => {
    const letters = loadSiteCorpus().pages.filter((page) => page.kind === 'letter');
    expect(letters.length).toBeGreaterThanOrEqual(12);
    for (const page of letters) {
      const template = letterTemplate(page.sections);
      for (const field of page.fields ?? []) expect(template, `${page.url} ${field.name}`).toContain(`{{${field.name}}}`);
      expect(template).not.toMatch(/##|\*\*/);
    }
  });
});
