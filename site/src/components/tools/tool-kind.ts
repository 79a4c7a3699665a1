/**
 * Which interactive tool a page carries, from its slug alone (a pure predicate, like a URL detector): the
 * three tool pages have their own tool, every letters/* page has the letter generator, other pages none.
 */
export type ToolKind = 'apr' | 'message' | 'evidence' | 'letter';

const BY_SLUG: Readonly<Record<string, ToolKind>> = {
  'tools/apr-calculator': 'apr',
  'tools/message-checker': 'message',
  'tools/evidence-log': 'evidence',
};

export function toolOfPage(slug: string): ToolKind | null {
  return BY_SLUG[slug] ?? (/^letters\/[a-z0-9-]+$/.test(slug) ? 'letter' : null);
}
