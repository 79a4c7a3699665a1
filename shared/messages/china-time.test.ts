import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { chinaClock, isQuietHours } from './china-time.ts';

describe('chinaClock', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each([
    ['2025-06-16T23:40:00+08:00', '23:40'],
    ['2025-06-16T15:40:00Z', '23:40'],
    ['2025-06-16T15:40:00.123z', '23:40'],
    ['2025-06-18T09:30:00-05:00', '22:30'],
    ['2025-06-18T01:00:00+09:00', '00:00'],
    ['2025-06-17T23:59:00Z', '07:59'],
    ['2025-06-18T00:00:00Z', '08:00'],
    ['2025-06-18T14:00:00+0000', '22:00'],
    ['2025-06-18T19:15:00+05:45', '21:30'],
    ['2025-06-18T10:00:00-12', '06:00'],
    ['2025-06-18 23:10', '23:10'],
    ['2025-06-18T23:10:00', '23:10'],
    ['  2025-06-18T07:30:00+08:00  ', '07:30'],
    ['2024-02-29T16:00:00Z', '00:00'],
  ])('%s is %s in China', (at, clock) => {
    expect(chinaClock(at).text).toBe(clock);
  });

  it.each([
    '', 'not-a-date', '2025-06-18', '23:40', '2025-13-01T00:00:00Z', '2025-02-30T10:00:00+08:00', '2025-02-29T10:00:00Z',
    '2025-06-18T24:00:00Z', '2025-06-18T23:60:00Z', '2025-06-18T10:00:00+25:00', '2025-06-18T10:00:00+08:75', '2025/06/18 10:00',
    '2025-06-18T10:00:00 +08:00', '２０２５-06-18T10:00:00Z',
  ])('rejects %j with a clear Error', (at) => {
    expect(() => chinaClock(at)).toThrowError(/Invalid time .*ISO 8601/);
  });

  it('does not depend on the machine time zone', () => {
    const before = chinaClock('2025-06-16T15:40:00Z').text;
    process.env.TZ = 'America/New_York';
    expect(chinaClock('2025-06-16T15:40:00Z').text).toBe(before);
    process.env.TZ = 'Asia/Kolkata';
    expect(chinaClock('2025-06-16T15:40:00Z').text).toBe(before);
  });

  it('agrees with Date for any instant and offset', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-02T00:00:00Z'), max: new Date('2099-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const at = `${local.toISOString().slice(0, 19)}${off}`;
          const china = new Date(date.getTime() + 8 * 3_600_000);
          const expected = `${String(china.getUTCHours()).padStart(2, '0')}:${String(china.getUTCMinutes()).padStart(2, '0')}`;
          expect(chinaClock(at).text).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isQuietHours', () => {
  it.each([
    ['22:00', true], ['23:40', true], ['00:00', true], ['07:59', true], ['08:00', false], ['21:30', false], ['21:50', false],
    ['21:59', false], ['12:00', false],
  ] as const)('%s → %s', (text, quiet) => {
    const [hour, minute] = text.split(':').map(Number) as [number, number];
    expect(isQuietHours({ hour, minute, text })).toBe(quiet);
  });
});
