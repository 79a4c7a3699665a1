import { describe, expect, it } from 'vitest';
import { sentAtChinaTime } from './sent-at.ts';

describe('sentAtChinaTime', () => {
  it('reads a datetime-local value as China time', () => {
    expect(sentAtChinaTime('2026-01-05T23:10')).toBe('2026-01-05T23:10:00+08:00');
    expect(sentAtChinaTime('2026-01-05T07:59:30')).toBe('2026-01-05T07:59:30+08:00');
  });
  it.each(['', 'yesterday', '2026-01-05', '2026-13-45T99:99'])('%j is not a time', (value) => expect(sentAtChinaTime(value)).toBeNull());
});
