/**
 * Ranking. A page's score for a query combines two channels:
 *
 * Token channel (BM25F over the token index, load-index.ts). For each term group g of the query
 * (query-plan.ts) and page p:
 *   termScore(t, p) = idf(t) × (head(t, p) + (K1 + 1) × body(t, p) / (K1 + body(t, p)))
 *   groupScore(g, p) = max over g's alternatives a of weight(a) × termScore(a, p)
 *   S(p) = Σ_g weight(g) × groupScore(g, p)
 * where head is the weighted presence of t in title/aliases/keywords and body its length-normalised,
 * weighted frequency in headings/summary/body (weights.ts), idf(t) = ln(1 + (N − df + 0.5)/(df + 0.5)).
 * The query's ideal I = Σ over core groups of weight(g) × idfRef(g), idfRef being the best alternative's
 * weighted idf, or half the idf of a one-page term for a core group nothing in the index satisfies (so
 * content the corpus lacks makes every score worse without changing the order). Coverage
 * C(p) = (Σ over core groups p satisfies of weight × idfRef) / I rewards pages that answer all of the query:
 *   S'(p) = S(p) × (0.5 + 0.5 × C(p)),  tokenRelevance(p) = S'(p) / (S'(p) + 0.5 × I)
 *
 * Fuzzy channel: fuse.js token search of the query's ASCII words (English, pinyin) over the page heads
 * and their pinyin, which forgives typos ("colector", "cuishuo"); fuzzyRelevance(p) = 1 − fuse score.
 *
 * score(p) = (1 − tokenRelevance(p)) × (1 − FUSE_BLEND × fuzzyRelevance(p)), in [0, 1], 0 best.
 */
import { idf, type LoadedIndex, type Posting } from './load-index.ts';
import type { QueryPlan } from './query-plan.ts';
import type { TermGroup } from './term-groups.ts';
import { FUSE_BLEND, K1, MAX_SCORE } from './weights.ts';

/** A page and its score. */
export interface PageScore {
  page: number;
  score: number;
}

function termScores(index: LoadedIndex, postings: readonly Posting[]): Array<[number, number]> {
  const w = idf(index.pages.length, postings.length);
  return postings.map((p) => [p.page, w * (p.head + ((K1 + 1) * p.body) / (K1 + p.body))]);
}

/** Per page, the group's best alternative score; and the group's reference idf. */
function scoreGroup(index: LoadedIndex, group: TermGroup): { perPage: Map<number, number>; idfRef: number } {
  const perPage = new Map<number, number>();
  const n = index.pages.length;
  let idfRef = 0;
  const consider = (postings: readonly Posting[], weight: number) => {
    if (!postings.length) return;
    idfRef = Math.max(idfRef, weight * idf(n, postings.length));
    for (const [page, s] of termScores(index, postings)) perPage.set(page, Math.max(perPage.get(page) ?? 0, weight * s));
  };
  for (const alt of group.alts) consider(alt.postings ?? index.postings.get(alt.token) ?? [], alt.weight);
  if (!perPage.size) idfRef = 0.5 * idf(n, 1);
  return { perPage, idfRef };
}

/** Fuzzy relevance (1 − fuse score) of pages for the plan's ASCII words. */
function fuzzyRelevance(index: LoadedIndex, plan: QueryPlan): Map<number, number> {
  const out = new Map<number, number>();
  if (!plan.fuseQuery) return out;
  for (const r of index.fuse.search(plan.fuseQuery)) {
    const rel = 1 - Math.min(1, Math.max(0, r.score ?? 1));
    if (rel > 0) out.set(r.refIndex, rel);
  }
  return out;
}

/** Scores every page that matches the plan; best first, ties by page order; worse than MAX_SCORE dropped. */
export function scorePages(index: LoadedIndex, plan: QueryPlan): PageScore[] {
  const sum = new Map<number, number>();
  const covered = new Map<number, number>();
  const coveredAll = new Map<number, number>();
  let ideal = 0;
  let idealAll = 0;
  for (const group of plan.groups) {
    const { perPage, idfRef } = scoreGroup(index, group);
    if (group.core) ideal += group.weight * idfRef;
    idealAll += group.weight * idfRef;
    for (const [page, s] of perPage) {
      sum.set(page, (sum.get(page) ?? 0) + group.weight * s);
      if (group.core) covered.set(page, (covered.get(page) ?? 0) + group.weight * idfRef);
      coveredAll.set(page, (coveredAll.get(page) ?? 0) + group.weight * idfRef);
    }
  }
  // A query made only of bonus groups is measured against all of them.
  const onlyBonus = ideal === 0;
  if (onlyBonus) ideal = idealAll;
  const fuzzy = fuzzyRelevance(index, plan);
  const results: PageScore[] = [];
  for (const page of new Set([...sum.keys(), ...fuzzy.keys()])) {
    const s = sum.get(page) ?? 0;
    let tokenRel = 0;
    if (s > 0) {
      const coveredWeight = (onlyBonus ? coveredAll : covered).get(page) ?? 0;
      const coverage = ideal > 0 ? Math.min(1, coveredWeight / ideal) : 0;
      const boosted = s * (0.5 + 0.5 * coverage);
      tokenRel = ideal > 0 ? boosted / (boosted + 0.5 * ideal) : 0;
    }
    const score = (1 - tokenRel) * (1 - FUSE_BLEND * (fuzzy.get(page) ?? 0));
    if (Number.isFinite(score) && score <= MAX_SCORE) results.push({ page, score: Math.min(1, Math.max(0, score)) });
  }
  results.sort((a, b) => a.score - b.score || a.page - b.page);
  return results;
}

