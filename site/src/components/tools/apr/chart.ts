/**
 * Geometry of the schedule chart: two lines over the months, the principal still owed and the interest
 * and fees paid so far, in an SVG view box. Pure numbers; the island draws them. No chart library.
 */
import type { ScheduleRow } from './schedule.ts';

export type ChartBox = { width: number; height: number; left: number; right: number; top: number; bottom: number };

export const CHART_BOX: ChartBox = { width: 640, height: 280, left: 64, right: 16, top: 16, bottom: 40 };

/**
 * The box for a chart drawn `width` CSS pixels wide, so its labels keep their size on a phone; the left
 * margin fits Y labels of `labelChars` characters (13 px text).
 */
export function chartBoxFor(width: number, labelChars = 6): ChartBox {
  const clamped = Math.round(Math.min(Math.max(width, 280), 960));
  return { ...CHART_BOX, width: clamped, height: clamped < 480 ? 220 : CHART_BOX.height, left: Math.round(14 + labelChars * 7.5) };
}

export type ChartTick = { value: number; position: number };

export type ChartGeometry = {
  /** `points` attribute of the balance polyline (month 0 = the full principal). */
  balance: string;
  /** `points` attribute of the cumulative cost polyline (month 0 = nothing paid yet). */
  cost: string;
  /** Y axis ticks: amounts in yuan and their y coordinate. */
  yTicks: ChartTick[];
  /** X axis ticks: month numbers and their x coordinate. */
  xTicks: ChartTick[];
  /** The largest amount on the Y axis. */
  yMax: number;
};

/** A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** At most 13 month ticks, at least `minGap` pixels apart, on a calendar-like step, ending on the last month. */
function monthTicks(months: number, pixelsPerMonth: number, minGap = 28): number[] {
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => s * pixelsPerMonth >= minGap && months / s <= 12) ?? 120;
  const ticks = [0];
  for (let month = step; month < months; month += step) ticks.push(month);
  if (months - (ticks.at(-1) ?? 0) < step / 2 && ticks.length > 1) ticks.pop();
  ticks.push(months);
  return ticks;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The chart of `rows` for a loan of `principal` yuan, in `box`. */
export function chartGeometry(rows: readonly ScheduleRow[], principal: number, box: ChartBox = CHART_BOX): ChartGeometry {
  const months = Math.max(rows.length, 1);
  const totalCost = rows.at(-1)?.cumulativeCost ?? 0;
  const yMax = niceMax(Math.max(principal, totalCost));
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (month: number) => round1(box.left + (plotWidth * month) / months);
  const y = (amount: number) => round1(box.top + plotHeight * (1 - amount / yMax));
  const line = (start: number, pick: (row: ScheduleRow) => number) =>
    [`${x(0)},${y(start)}`, ...rows.map((row) => `${x(row.month)},${y(pick(row))}`)].join(' ');
  return {
    balance: line(principal, (row) => row.balance),
    cost: line(0, (row) => row.cumulativeCost),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: yMax * f, position: y(yMax * f) })),
    xTicks: monthTicks(months, plotWidth / months).map((month) => ({ value: month, position: x(month) })),
    yMax,
  };
}
