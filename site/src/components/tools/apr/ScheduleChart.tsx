/** @jsxImportSource preact */
/**
 * The schedule as an inline SVG: principal still owed and interest and fees paid so far, month by month.
 * The view box follows the figure's width, so labels stay readable from a phone to a desktop.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { format, yuan, type Strings } from '../i18n/format.ts';
import { chartBoxFor, chartGeometry, niceMax } from './chart.ts';
import type { ScheduleRow } from './schedule.ts';

type Props = { rows: readonly ScheduleRow[]; principal: number; lang: string; strings: Strings; id: string };

const compact = (value: number, lang: string) =>
  value.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: value < 10 ? 2 : 0 });

export function ScheduleChart({ rows, principal, lang, strings, id }: Props) {
  const figure = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const element = figure.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth || 640);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const totalCost = rows.at(-1)?.cumulativeCost ?? 0;
  const box = chartBoxFor(width, compact(niceMax(Math.max(principal, totalCost)), lang).length);
  const chart = chartGeometry(rows, principal, box);
  const summary = format(strings['apr.chart.summary'] ?? '', { principal: yuan(principal, lang), cost: yuan(totalCost, lang) });
  return (
    <figure class="dg-chart" ref={figure}>
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{strings['apr.chart.title']}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {chart.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={box.left} x2={box.width - box.right} y1={tick.position} y2={tick.position} class="dg-chart-grid" />
            <text x={box.left - 8} y={tick.position + 4} text-anchor="end" class="dg-chart-label">{compact(tick.value, lang)}</text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text key={`x${tick.value}`} x={tick.position} y={box.height - box.bottom + 18} text-anchor="middle" class="dg-chart-label">
            {tick.value}
          </text>
        ))}
        <text x={box.width - box.right} y={box.height - 4} text-anchor="end" class="dg-chart-label">{strings['apr.chart.months']}</text>
        <polyline points={chart.balance} class="dg-chart-balance" fill="none" />
        <polyline points={chart.cost} class="dg-chart-cost" fill="none" />
      </svg>
      <figcaption>
        <span class="dg-legend dg-legend-balance">{strings['apr.chart.balance']}</span>
        <span class="dg-legend dg-legend-cost">{strings['apr.chart.cost']}</span>
      </figcaption>
    </figure>
  );
}
