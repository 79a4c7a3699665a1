/**
 * Scores predicted labels against expected ones, item by item: micro precision/recall/F1 over (item, label)
 * pairs, the same per label, and the items where they differ. Used for message flags and topics alike.
 */
export type LabelledItem = { id: string; expected: readonly string[]; predicted: readonly string[] };
export type LabelScore = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
export type ScoreReport = {
  items: number;
  micro: LabelScore;
  perLabel: Record<string, LabelScore>;
  /** Items where expected and predicted differ, with what was missed and what was extra. */
  differences: { id: string; missed: string[]; extra: string[] }[];
};

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function labelScore(tp: number, fp: number, fn: number): LabelScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function scoreLabels(items: readonly LabelledItem[]): ScoreReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (label: string) => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const differences: ScoreReport['differences'] = [];
  for (const item of items) {
    const expected = new Set(item.expected);
    const predicted = new Set(item.predicted);
    const missed = [...expected].filter((l) => !predicted.has(l));
    const extra = [...predicted].filter((l) => !expected.has(l));
    for (const l of expected) if (predicted.has(l)) count(l).tp++;
    for (const l of missed) count(l).fn++;
    for (const l of extra) count(l).fp++;
    if (missed.length || extra.length) differences.push({ id: item.id, missed, extra });
  }
  let tp = 0, fp = 0, fn = 0;
  const perLabel: Record<string, LabelScore> = {};
  for (const [label, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    perLabel[label] = labelScore(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  return { items: items.length, micro: labelScore(tp, fp, fn), perLabel, differences };
}

/** A report as short lines for a test log or the bench: micro first, then each label. */
export function formatReport(title: string, report: ScoreReport): string {
  const pct = (x: number) => (x * 100).toFixed(1);
  const lines = [`${title}: ${report.items} items, micro P ${pct(report.micro.precision)} R ${pct(report.micro.recall)} F1 ${pct(report.micro.f1)}`];
  for (const [label, s] of Object.entries(report.perLabel)) {
    lines.push(`  ${label.padEnd(24)} P ${pct(s.precision).padStart(5)} R ${pct(s.recall).padStart(5)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  return lines.join('\n');
}
