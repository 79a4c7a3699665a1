import { describe, expect, it } from 'vitest';
import { formatReport, scoreLabels } from './score-labels.ts';

describe('scoreLabels', () => {
  it('counts pairs per label and overall', () => {
    const report = scoreLabels([
      { id: 'a', expected: ['threat'], predicted: ['threat', 'insult'] },
      { id: 'b', expected: ['threat', 'insult'], predicted: [] },
      { id: 'c', expected: [], predicted: [] },
    ]);
    expect(report.micro).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(report.micro.f1).toBeCloseTo(0.4, 5);
    expect(report.perLabel.threat).toMatchObject({ tp: 1, fn: 1, precision: 1, recall: 0.5 });
    expect(report.perLabel.insult).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0 });
    expect(report.differences.map((d) => d.id)).toEqual(['a', 'b']);
    expect(formatReport('t', report)).toContain('F1 40.0');
  });

  it('is perfect on nothing expected and nothing predicted', () => {
    expect(scoreLabels([{ id: 'a', expected: [], predicted: [] }]).micro.f1).toBe(1);
  });
});
