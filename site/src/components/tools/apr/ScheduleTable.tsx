/** @jsxImportSource preact */
/** The repayment schedule as a table; long schedules show their first year until asked for the rest. */
import { useState } from 'preact/hooks';
import { format, yuan, type Strings } from '../i18n/format.ts';
import type { Schedule } from './schedule.ts';

const FIRST_ROWS = 12;

export function ScheduleTable({ schedule, lang, strings }: { schedule: Schedule; lang: string; strings: Strings }) {
  const [all, setAll] = useState(false);
  const rows = all ? schedule.rows : schedule.rows.slice(0, FIRST_ROWS);
  const money = (value: number) => yuan(value, lang);
  return (
    <div class="dg-table-wrap" role="region" aria-label={strings['apr.schedule.caption']} tabIndex={0}>
      <table class="dg-table">
        <caption>{strings['apr.schedule.caption']}</caption>
        <thead>
          <tr>
            <th scope="col">{strings['apr.schedule.month']}</th>
            <th scope="col">{strings['apr.schedule.payment']}</th>
            <th scope="col">{strings['apr.schedule.principal']}</th>
            <th scope="col">{strings['apr.schedule.cost']}</th>
            <th scope="col">{strings['apr.schedule.balance']}</th>
            <th scope="col">{strings['apr.schedule.cumulative']}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{row.month}</th>
              <td>{money(row.payment)}</td>
              <td>{money(row.principal)}</td>
              <td>{money(row.cost)}</td>
              <td>{money(row.balance)}</td>
              <td>{money(row.cumulativeCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!all && schedule.rows.length > FIRST_ROWS ? (
        <button type="button" class="dg-button dg-button-quiet" onClick={() => setAll(true)}>
          {format(strings['apr.schedule.show'] ?? '', { n: schedule.rows.length })}
        </button>
      ) : null}
    </div>
  );
}
