/** `{{name}}` placeholders in a letter body: each is filled from the form field of that name. */
import type { LineProblem } from './parse-frontmatter.ts';

export type Placeholder = { name: string; line: number };

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Every `{{name}}` (spaces inside the braces allowed) with its file line; malformed ones are problems. */
export function findPlaceholders(body: string, firstLine = 1): { placeholders: Placeholder[]; problems: LineProblem[] } {
  const placeholders: Placeholder[] = [];
  const problems: LineProblem[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = (match[1] ?? '').trim();
      const line = firstLine + index;
      if (IDENTIFIER.test(name)) placeholders.push({ name, line });
      else problems.push({ line, message: `placeholder '${match[0]}' must be {{fieldName}}, an identifier declared in \`fields\`` });
    }
  });
  return { placeholders, problems };
}

/** Fills a letter: each `{{name}}` becomes its value; a name without a value is left as it is. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, inner: string) => {
    const value = values[inner.trim()];
    return value === undefined ? whole : value;
  });
}
