/**
 * Single-page portals change the page without loading a new one. The content script re-reads the page when
 * the DOM changes significantly: changes are counted in characters of text added, removed or edited;
 * a burst is waited out (debounced) and counts only when it reaches `minChars`; at most `maxRuns`
 * re-reads happen per address (in-page navigation resets the count). A ticking clock never triggers one.
 * A page that never stops changing (a mutation storm) is still re-read, at most once per `maxWaitMs`, and
 * each batch of changes is counted only until the burst is known to be significant.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type ChangeWatchOptions = {
  /** Quiet time after the last change before the burst is judged. */
  debounceMs: number;
  /** Longest a burst is waited out, from its first change: a page that never goes quiet is judged this often. */
  maxWaitMs: number;
  /** Characters of text a burst must touch to count. */
  minChars: number;
  /** Most re-reads per address. */
  maxRuns: number;
};

export const DOM_WATCH: ChangeWatchOptions = { debounceMs: 700, maxWaitMs: 3000, minChars: 40, maxRuns: 20 };

export type ChangeGate = {
  /** Records `chars` characters of changed text. */
  add(chars: number): void;
  /** Characters still needed for the pending burst to count (at least 1). */
  missing(): number;
  /** At the end of a burst: true when it was significant and the budget allows a re-read (which it uses). */
  take(): boolean;
  /** A new address: a fresh budget. */
  reset(): void;
  readonly runs: number;
};

export function createChangeGate({ minChars, maxRuns }: Pick<ChangeWatchOptions, 'minChars' | 'maxRuns'>): ChangeGate {
  let pending = 0;
  let runs = 0;
  return {
    add(chars) {
      pending += Math.max(0, chars);
    },
    missing() {
      return Math.max(1, minChars - pending);
    },
    take() {
      const significant = pending >= minChars;
      pending = 0;
      if (!significant || runs >= maxRuns) return false;
      runs++;
      return true;
    },
    reset() {
      pending = 0;
      runs = 0;
    },
    get runs() {
      return runs;
    },
  };
}

const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

function textSize(node: Node, ignore: (node: Node) => boolean): number {
  if (ignore(node) || NO_TEXT.has(node.nodeName)) return 0;
  return node.textContent?.length ?? 0;
}

/**
 * Characters of text touched by a batch of mutations, leaving out `ignore`d nodes (the panel itself);
 * counting stops once `enough` is reached (a storm's batches are not measured in full).
 */
export function changedChars(records: readonly MutationRecord[], ignore: (node: Node) => boolean, enough = Infinity): number {
  let chars = 0;
  for (const record of records) {
    if (chars >= enough) break;
    if (ignore(record.target)) continue;
    if (record.type === 'characterData') chars += record.target.textContent?.length ?? 0;
    for (const node of record.addedNodes) chars += textSize(node, ignore);
    for (const node of record.removedNodes) chars += textSize(node, ignore);
  }
  return chars;
}

/** How long to wait before judging a burst: `debounceMs` after its last change, never past `maxWaitMs` after its first. */
export function burstDelay(firstChangeAt: number, now: number, { debounceMs, maxWaitMs }: Pick<ChangeWatchOptions, 'debounceMs' | 'maxWaitMs'>): number {
  return Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now));
}

export type ChangeWatch = {
  /** A new address: forget pending changes, fresh budget. */
  reset(): void;
};

/** Calls `onChange` after each significant burst of DOM changes under `root`, until the context is invalidated. */
export function watchDomChanges(
  ctx: ContentScriptContext,
  root: Node,
  onChange: () => void,
  ignore: (node: Node) => boolean,
  options: ChangeWatchOptions = DOM_WATCH,
): ChangeWatch {
  const gate = createChangeGate(options);
  let timer: number | undefined;
  let burstStart: number | undefined;
  const observer = new MutationObserver((records) => {
    const chars = changedChars(records, ignore, gate.missing());
    if (chars === 0) return;
    gate.add(chars);
    const now = performance.now();
    burstStart ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      burstStart = undefined;
      if (gate.take()) onChange();
    }, burstDelay(burstStart, now, options));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  return {
    reset() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      burstStart = undefined;
      gate.reset();
    },
  };
}
