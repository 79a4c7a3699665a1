/**
 * Cuts a message into runs for display, marking the runs that are evidence of a flag. Flags may overlap
 * (one phrase can be a threat and an insult); each run lists every flag that covers it.
 */

/** A flag's evidence span; null offsets (odd-hours, judged from the time) mark nothing. */
export type Span = { start: number | null; end: number | null };

/** A run of the message and the indexes (into the flags given) of the flags whose evidence covers it. */
export type Run = { text: string; flags: number[] };

export function highlightRuns(text: string, spans: readonly Span[]): Run[] {
  const valid = spans.map((span) =>
    span.start !== null && span.end !== null && span.start < span.end && span.end <= text.length
      ? { start: span.start, end: span.end }
      : null,
  );
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    if (!span) continue;
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  sorted.slice(0, -1).forEach((start, i) => {
    const end = sorted[i + 1] ?? text.length;
    const flags = valid.flatMap((span, index) => (span && span.start <= start && span.end >= end ? [index] : []));
    const last = runs.at(-1);
    if (last && flags.length === 0 && last.flags.length === 0) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), flags });
  });
  return runs;
}
