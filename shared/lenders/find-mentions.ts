/**
 * Finds which lenders and products a page's text names. Text is matched after `foldForMatch`
 * (Simplified, lower-case, half-width), so Traditional and full-width spellings count too.
 */
import { foldForMatch } from '../text/normalize.ts';
import { lenders } from './registry.ts';
import type { Alias, Lender } from './schema.ts';

export type Mention = { lenderId: string; productId: string | null; index: number };

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias.toLowerCase() : alias.text.toLowerCase();
}

/** Every index at which the alias stands as itself (not inside a longer phrase it declares). */
function aliasIndexes(folded: string, alias: Alias): number[] {
  const text = aliasText(alias);
  const found: number[] = [];
  for (let at = folded.indexOf(text); at !== -1; at = folded.indexOf(text, at + text.length)) {
    if (typeof alias !== 'string') {
      const before = folded[at - 1] ?? '';
      const after = folded[at + text.length] ?? '';
      if (before && alias.notAfter?.includes(before)) continue;
      if (after && alias.notBefore?.includes(after)) continue;
    }
    if (/^[a-z]/.test(text) && /[a-z0-9]/.test(folded[at - 1] ?? '')) continue;
    if (/[a-z]$/.test(text) && /[a-z0-9]/.test(folded[at + text.length] ?? '')) continue;
    found.push(at);
  }
  return found;
}

function lenderMentions(folded: string, lender: Lender, onHost: boolean): Mention[] {
  const mentions: Mention[] = lender.aliases.flatMap((alias) =>
    aliasIndexes(folded, alias).map((index) => ({ lenderId: lender.id, productId: null, index })),
  );
  for (const product of lender.products) {
    const aliases = onHost ? [...product.aliases, ...product.hostAliases] : product.aliases;
    for (const alias of aliases) {
      for (const index of aliasIndexes(folded, alias)) mentions.push({ lenderId: lender.id, productId: product.id, index });
    }
  }
  return mentions;
}

/** All mentions in text order. `hostLenderId` enables the host-only product words of that lender. */
export function findMentions(text: string, hostLenderId?: string): Mention[] {
  const folded = foldForMatch(text);
  return lenders.flatMap((lender) => lenderMentions(folded, lender, lender.id === hostLenderId)).sort((a, b) => a.index - b.index);
}

/** The distinct lender ids named in the mentions. */
export function namedLenderIds(mentions: Mention[]): string[] {
  return [...new Set(mentions.map((m) => m.lenderId))];
}

/** The product of `lenderId` named most often (earliest on a tie), or null. */
export function mainProduct(mentions: Mention[], lenderId: string): string | null {
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of mentions) {
    if (m.lenderId !== lenderId || !m.productId) continue;
    const c = counts.get(m.productId) ?? { count: 0, first: m.index };
    counts.set(m.productId, { count: c.count + 1, first: c.first });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  return ranked[0]?.[0] ?? null;
}
