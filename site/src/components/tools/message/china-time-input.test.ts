import { describe, expect, it } from 'vitest';
import { checkMessage } from '@debtguide/shared/messages';
import { chinaIsoFromLocal, displayChinaTime, localFromChinaIso } from './china-time-input.ts';

describe('chinaIsoFromLocal', () => {
  it('adds the China offset to a datetime-local value', () => {
    expect(chinaIsoFromLocal('2026-01-05T23:10')).toBe('2026-01-05T23:10:00+08:00');
    expect(chinaIsoFromLocal('2026-01-05T23:10:30')).toBe('2026-01-05T23:10:30+08:00');
  });

  it('treats an empty or malformed value as an unknown time', () => {
    expect(chinaIsoFromLocal('')).toBeNull();
    expect(chinaIsoFromLocal('yesterday')).toBeNull();
  });

  it('lets the checker judge odd hours in China time', () => {
    const flags = checkMessage('请尽快还款', { at: chinaIsoFromLocal('2026-01-05T23:10') }).flags;
    expect(flags.map((flag) => [flag.rule, flag.evidence])).toEqual([['odd-hours', '23:10']]);
  });
});

describe('localFromChinaIso', () => {
  it('round-trips, whatever offset the stored time has', () => {
    expect(localFromChinaIso('2026-01-05T23:10:00+08:00')).toBe('2026-01-05T23:10');
    expect(localFromChinaIso('2026-01-05T15:10:00Z')).toBe('2026-01-05T23:10');
    expect(displayChinaTime('2026-01-05T23:10:00+08:00')).toBe('2026-01-05 23:10');
    expect(localFromChinaIso('nonsense')).toBe('');
  });
});
