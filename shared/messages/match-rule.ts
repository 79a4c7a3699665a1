/**
 * The pattern engine: finds the earliest un-negated hit of a text rule in folded text. Every regex is
 * bounded, and every context test looks at a bounded window, so a check is linear in the text's length.
 */
import type { MessageRule, TextPattern } from './rule-schema.ts';

/** A span of the (folded or original: same offsets) text. */
export type Hit = { start: number; end: number };

/** Characters that end a clause: the before-window never reaches past one. */
const CLAUSE_BREAK = new Set([',', '。', '!', '?', ';', '\n']);
/** Characters that end a sentence: the after-window never reaches past one. */
const SENTENCE_BREAK = new Set(['。', '!', '?', ';', '\n']);

const globalCache = new WeakMap<RegExp, RegExp>();

/** The same regex with the `g` flag (cached, so rules compile once). */
export function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
    globalCache.set(re, g);
  }
  return g;
}

/** Up to `window` characters before `start`, cut after the last clause break (English ". " counts). */
export function contextBefore(text: string, start: number, window: number): string {
  let from = start;
  while (from > 0 && start - from < window) {
    const ch = text[from - 1]!;
    if (CLAUSE_BREAK.has(ch) || (ch === '.' && /\s/.test(text[from] ?? ''))) break;
    from--;
  }
  return text.slice(from, start);
}

/** Up to `window` characters after `end`, cut before the first sentence break. */
export function contextAfter(text: string, end: number, window: number): string {
  let to = end;
  while (to < text.length && to - end < window && !SENTENCE_BREAK.has(text[to]!)) to++;
  return text.slice(end, to);
}

/** Whether a context regex (non-global) matches. */
function test(re: RegExp | undefined, text: string): boolean {
  return re !== undefined && re.test(text);
}

/** Calls `visit` for each match start of `re` in `text` (advancing one character at a time) until it returns true. */
function scan(re: RegExp, text: string, visit: (start: number, end: number) => boolean): void {
  const g = globalOf(re);
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    const end = m.index + m[0].length;
    if (visit(m.index, end)) return;
    g.lastIndex = m.index + 1;
  }
}

/** Whether the folded text has a hit of `re` that `exceptBefore` does not negate. */
function hasUnnegated(folded: string, re: RegExp, exceptBefore: RegExp | undefined, window: number): boolean {
  let found = false;
  scan(re, folded, (start) => {
    found = !test(exceptBefore, contextBefore(folded, start, window));
    return found;
  });
  return found;
}

/** The first hit of one pattern that survives its context tests, or null. */
export function findPatternHit(pattern: TextPattern, folded: string, requiresCache = new Map<RegExp, boolean>()): Hit | null {
  if (pattern.requires) {
    const { match, exceptBefore } = pattern.requires;
    let ok = requiresCache.get(match);
    if (ok === undefined) {
      ok = hasUnnegated(folded, match, exceptBefore, pattern.window);
      requiresCache.set(match, ok);
    }
    if (!ok) return null;
  }
  let hit: Hit | null = null;
  scan(pattern.match, folded, (start, end) => {
    if (test(pattern.exceptBefore, contextBefore(folded, start, pattern.window))) return false;
    if (test(pattern.exceptAfter, folded.slice(start, end) + contextAfter(folded, end, pattern.window))) return false;
    hit = { start, end };
    return true;
  });
  return hit;
}

/** Whether a rule's message-level exemption applies (e.g. a genuine court notice). */
export function isExempt(rule: MessageRule, folded: string): boolean {
  if (rule.exemptWhen.length === 0) return false;
  // Separators typed between characters (法 院, 1 2 3 6 8) must not hide what makes a message genuine.
  const compact = folded.replace(/[\s*·\-/\u2060,]+/g, '');
  return rule.exemptWhen.some((e) => (e.present.test(folded) || e.present.test(compact)) && !(e.absent?.test(folded) ?? false));
}

/** The earliest surviving hit of any of the rule's patterns, or null (always null for time rules). */
export function findRuleHit(rule: MessageRule, folded: string): Hit | null {
  if (rule.kind !== 'text' || isExempt(rule, folded)) return null;
  const requiresCache = new Map<RegExp, boolean>();
  let best: Hit | null = null;
  for (const pattern of rule.patterns) {
    const hit = findPatternHit(pattern, folded, requiresCache);
    if (hit && (best === null || hit.start < best.start)) best = hit;
  }
  return best;
}
