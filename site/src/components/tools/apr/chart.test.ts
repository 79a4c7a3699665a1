import { describe, expect, it } from 'vitest';
import { CHART_BOX, chartBoxFor, chartGeometry, niceMax } from './chart.ts';
import { decliningBalanceSchedule } from './schedule.ts';

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(10_000)).toBe(10_000);
    expect(niceMax(10_001)).toBe(20_000);
    expect(niceMax(3_200)).toBe(5_000);
    expect(niceMax(0)).toBe(1);
  });
});

describe('chartGeometry', () => {
  const { rows } = decliningBalanceSchedule(10_000, 0.01, 12);
  const chart = chartGeometry(rows, 10_000);

  it('starts the balance at the top left and ends it on the x axis', () => {
    const points = chart.balance.split(' ');
    expect(points).toHaveLength(13);
    expect(points[0]).toBe(`${CHART_BOX.left},${CHART_BOX.top}`);
    expect(points.at(-1)).toBe(`${CHART_BOX.width - CHART_BOX.right},${CHART_BOX.height - CHART_BOX.bottom}`);
  });

  it('starts the cost at zero and ends it at the total cost', () => {
    const points = chart.cost.split(' ');
    expect(points[0]).toBe(`${CHART_BOX.left},${CHART_BOX.height - CHART_BOX.bottom}`);
    const lastY = Number(points.at(-1)?.split(',')[1]);
    expect(lastY).toBeLessThan(CHART_BOX.height - CHART_BOX.bottom);
  });

  it('labels every month of a one-year loan, and fewer months of a long one', () => {
    expect(chart.xTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const long = chartGeometry(decliningBalanceSchedule(10_000, 0.01, 60).rows, 10_000);
    expect(long.xTicks.map((tick) => tick.value)).toEqual([0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 2500, 5000, 7500, 10000]);
  });

  it('thins the month labels on a phone-sized chart', () => {
    const narrow = chartGeometry(rows, 10_000, chartBoxFor(300));
    expect(narrow.xTicks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(chartBoxFor(100).width).toBe(280);
    expect(chartBoxFor(600, 11).left).toBeGreaterThan(chartBoxFor(600, 6).left);
  });
});
