/**
 * Send times for the odd-hours rule. China has one time zone, UTC+08:00, with no daylight saving, so the
 * local clock is the instant plus eight hours whatever the machine's zone or the offset the time was written in.
 */

/** YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM|±HHMM|±HH]; a space may replace the T. */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

const CHINA_OFFSET_MINUTES = 8 * 60;

/** The local clock in China at the instant `at` names. */
export type ChinaClock = { hour: number; minute: number; text: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 date-time and returns China's local time at that instant. A time without an offset
 * is taken to be China time already. Throws an Error naming the value when it is not a valid date-time.
 */
export function chinaClock(at: string): ChinaClock {
  const m = ISO_8601.exec(at.trim());
  const fail = (why: string): never => {
    throw new Error(`Invalid time "${at}": ${why}; expected ISO 8601 such as 2026-01-05T23:10:00+08:00`);
  };
  if (!m) return fail('not an ISO 8601 date-time');
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12) fail('month out of range');
  if (day < 1 || day > daysInMonth(year, month)) fail('day out of range');
  if (hour > 23 || minute > 59 || second > 60) fail('time of day out of range');
  let offsetMinutes = CHINA_OFFSET_MINUTES;
  if (m[8]) offsetMinutes = 0;
  else if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11] ?? '0');
    if (oh > 14 || om > 59) fail('offset out of range');
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const minutesOfDay = hour * 60 + minute - offsetMinutes + CHINA_OFFSET_MINUTES;
  const local = ((minutesOfDay % 1440) + 1440) % 1440;
  const h = Math.floor(local / 60);
  const min = local % 60;
  return { hour: h, minute: min, text: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
}

/** Whether a China-time clock falls in the 22:00–08:00 quiet hours (22:00 included, 08:00 not). */
export function isQuietHours(clock: ChinaClock): boolean {
  return clock.hour >= 22 || clock.hour < 8;
}
