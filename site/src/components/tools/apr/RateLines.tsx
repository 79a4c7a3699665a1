/** @jsxImportSource preact */
/** Where the annualised rate stands against 4×LPR, 24% and 36%, each with its hedged note and sources. */
import { SourceList } from '../ui/SourceList.tsx';
import { format, percent, type Strings } from '../i18n/format.ts';
import { standing, type RateLine } from './rate-lines.ts';

type Props = { apr: number; lines: readonly RateLine[]; lpr: { percent: number; since: string }; strings: Strings };

export function RateLines({ apr, lines, lpr, strings }: Props) {
  return (
    <section class="dg-lines" aria-labelledby="dg-apr-lines">
      <h3 id="dg-apr-lines">{strings['apr.lines.heading']}</h3>
      <ul class="dg-line-list">
        {lines.map((line) => {
          const where = standing(apr, line);
          const vars = { value: percent(line.percent), lpr: percent(lpr.percent), since: lpr.since };
          return (
            <li key={line.id} class={`dg-line dg-line-${where}`}>
              <p class="dg-line-head">
                <strong>{format(strings[`apr.lines.${line.id}`] ?? line.id, vars)}</strong>
                <span class={`dg-badge dg-standing-${where}`}>{strings[`apr.lines.${where}`]}</span>
              </p>
              <p>{format(strings[`apr.lines.${line.id}.note`] ?? '', vars)}</p>
              {line.citations.length > 0 ? (
                <details>
                  <summary>{strings['apr.lines.sources']}</summary>
                  <SourceList sources={line.citations} strings={strings} />
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p class="dg-note">{strings['apr.lines.disclaimer']}</p>
    </section>
  );
}
