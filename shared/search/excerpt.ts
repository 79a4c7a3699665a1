/**
 * Picks the passage to show under a result: the chunk whose text holds the most (idf-weighted) of what the
 * query asked for, cut to a short window around its best match. Falls back to the page summary.
 */
import { docFreq, idf, type LoadedIndex } from './load-index.ts';
import type { QueryPlan } from './query-plan.ts';

/** Longest excerpt, in UTF-16 units before the ellipses. */
export const EXCERPT_LENGTH = 140;
const LEAD = 30;
const MAX_SURFACES = 40;

/** An excerpt and the heading of the section it comes from (absent for the summary). */
export interface Excerpt {
  excerpt?: string;
  sectionHeading?: string;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The window of `text` around position `at`, with ellipses where it was cut. It starts at the beginning of
 * the sentence holding `at` when that is near, else a little before `at` (at a word boundary in English),
 * and ends at a word boundary in English.
 */
export function windowAround(text: string, at: number, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const latin = /[a-z]{3}/i.test(text);
  let start = Math.max(0, Math.min(at - LEAD, text.length - length));
  const lead = text.slice(start, Math.max(start, at));
  const sentenceEnd = Math.max(...['。', '！', '？', '；', '. ', '! ', '? '].map((m) => lead.lastIndexOf(m)));
  if (start > 0 && sentenceEnd >= 0) start += sentenceEnd + 1;
  else if (start > 0 && latin) {
    const space = text.lastIndexOf(' ', start + 12);
    if (space > start - 12) start = space + 1;
  }
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  if (isLowSurrogate(text.charCodeAt(start))) start++;
  let end = Math.min(text.length, start + length);
  if (end < text.length && latin) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length * 0.7) end = space;
  }
  if (isLowSurrogate(text.charCodeAt(end))) end--;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The weighted surfaces (indexed tokens) the plan looks for, strongest first. */
function surfaces(index: LoadedIndex, plan: QueryPlan): Array<{ token: string; weight: number }> {
  const n = index.pages.length;
  const best = new Map<string, number>();
  for (const g of plan.groups) {
    if (g.kind === 'initials') continue;
    for (const a of g.alts) {
      const w = g.weight * a.weight * idf(n, a.postings?.length ?? docFreq(index, a.token));
      if (w > (best.get(a.token) ?? 0)) best.set(a.token, w);
    }
  }
  return [...best].map(([token, weight]) => ({ token, weight })).sort((a, b) => b.weight - a.weight).slice(0, MAX_SURFACES);
}

/** The excerpt of page `page` for `plan`. */
export function pickExcerpt(index: LoadedIndex, page: number, plan: QueryPlan): Excerpt {
  const data = index.pages[page];
  if (!data) return {};
  const wanted = surfaces(index, plan);
  let best: { section: number; chunk: number; score: number; token: string } | null = null;
  (index.foldedChunks[page] ?? []).forEach((chunks, section) => {
    chunks.forEach((text, chunk) => {
      let score = 0;
      let top = '';
      let topWeight = 0;
      for (const { token, weight } of wanted) {
        if (!text.includes(token)) continue;
        score += weight;
        if (weight > topWeight) {
          topWeight = weight;
          top = token;
        }
      }
      if (score > 0 && (!best || score > best.score)) best = { section, chunk, score, token: top };
    });
  });
  const found = best as { section: number; chunk: number; score: number; token: string } | null;
  if (!found) return data.summary ? { excerpt: windowAround(data.summary, 0) } : {};
  const sectionData = data.sections[found.section];
  const original = sectionData?.c[found.chunk] ?? '';
  const folded = index.foldedChunks[page]?.[found.section]?.[found.chunk] ?? '';
  let at = original.toLowerCase().indexOf(found.token);
  if (at < 0) at = Math.round((folded.indexOf(found.token) * original.length) / Math.max(1, folded.length));
  const result: Excerpt = { excerpt: windowAround(original, Math.max(0, at)) };
  if (sectionData?.h) result.sectionHeading = sectionData.h;
  return result;
}
