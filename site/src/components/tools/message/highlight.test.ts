import { describe, expect, it } from 'vitest';
import { checkMessage } from '@debtguide/shared/messages';
import { highlightRuns } from './highlight.ts';

describe('highlightRuns', () => {
  it('returns the whole text unmarked when nothing is flagged', () => {
    expect(highlightRuns('您好，请按时还款。', [])).toEqual([{ text: '您好，请按时还款。', flags: [] }]);
  });

  it('marks each evidence span and keeps the text intact', () => {
    const text = 'AAbbCCdd';
    const runs = highlightRuns(text, [{ start: 2, end: 4 }, { start: 6, end: 8 }]);
    expect(runs).toEqual([
      { text: 'AA', flags: [] }, { text: 'bb', flags: [0] }, { text: 'CC', flags: [] }, { text: 'dd', flags: [1] },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('splits overlapping spans into runs covered by one or both flags', () => {
    expect(highlightRuns('abcdef', [{ start: 1, end: 4 }, { start: 2, end: 6 }])).toEqual([
      { text: 'a', flags: [] }, { text: 'b', flags: [0] }, { text: 'cd', flags: [0, 1] }, { text: 'ef', flags: [1] },
    ]);
  });

  it('ignores spans without offsets (odd-hours) and out-of-range spans', () => {
    expect(highlightRuns('abc', [{ start: null, end: null }, { start: 2, end: 9 }])).toEqual([{ text: 'abc', flags: [] }]);
  });

  it('marks the checker’s own evidence', () => {
    const text = '你再不还钱，我就找人收拾你。';
    const { flags } = checkMessage(text);
    const runs = highlightRuns(text, flags);
    const marked = runs.filter((run) => run.flags.length > 0).map((run) => run.text).join('');
    expect(flags[0]?.rule).toBe('threat');
    expect(marked).toBe(flags[0]?.evidence);
  });
});
