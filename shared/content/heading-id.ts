/** Anchor ids for headings: readable in every language (Chinese headings keep their characters). */

/** `What a collector may not do` → `what-a-collector-may-not-do`; `催收不能做什么？` → `催收不能做什么`. */
export function headingId(text: string): string {
  const id = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/[\s_-]+/g, '-');
  return id || 'section';
}

/** Gives ids unique within one page: the second `faq` becomes `faq-2`. */
export function uniqueIds(): (text: string) => string {
  const used = new Map<string, number>();
  return (text) => {
    const base = headingId(text);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
