/** @jsxImportSource preact */
/** One record in the evidence log's list, with edit and a two-step delete. */
import { useState } from 'preact/hooks';
import type { Strings } from '../i18n/format.ts';
import { displayChinaTime } from '../message/china-time-input.ts';
import type { Entry } from './entry-schema.ts';
import { atNight } from './summary.ts';

type Props = {
  entry: Entry;
  strings: Strings;
  ruleTitle: (id: string) => string;
  onEdit: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
};

export function EntryItem({ entry, strings, ruleTitle, onEdit, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const separator = strings['common.listSeparator'] ?? ', ';
  const line = (label: string, text: string) =>
    text.trim() === '' ? null : (
      <p class="dg-entry-line"><span class="dg-entry-label">{strings[label]}</span>{text}</p>
    );
  const heading = `${displayChinaTime(entry.at)} · ${strings[`evidence.channel.${entry.channel}`]}`;
  return (
    <li class="dg-entry" data-entry-id={entry.id}>
      <h4>
        <time dateTime={entry.at}>{heading}</time>
        {atNight(entry) ? <span class="dg-badge dg-standing-above">{strings['evidence.entry.atNight']}</span> : null}
      </h4>
      {line('evidence.entry.from', entry.from)}
      {line('evidence.entry.who', [entry.name, entry.agency].filter(Boolean).join(separator))}
      {line('evidence.entry.role', entry.role)}
      {line('evidence.entry.said', entry.said)}
      {line('evidence.entry.message', entry.message)}
      {entry.flags.length > 0 ? (
        <p class="dg-entry-line">
          <span class="dg-entry-label">{strings['evidence.entry.flags']}</span>
          {entry.flags.map((flag) => (
            <span key={flag.rule} class="dg-badge dg-flag-badge" data-rule={flag.rule}>{ruleTitle(flag.rule)}</span>
          ))}
        </p>
      ) : null}
      <div class="dg-actions">
        {confirming ? (
          <>
            <button type="button" class="dg-button dg-button-danger" onClick={() => onDelete(entry)}>
              {strings['evidence.confirmDelete']}
            </button>
            <button type="button" class="dg-button dg-button-quiet" onClick={() => setConfirming(false)}>{strings['evidence.keep']}</button>
          </>
        ) : (
          <>
            <button type="button" class="dg-button" aria-label={`${strings['evidence.edit']} ${heading}`} onClick={() => onEdit(entry)}>
              {strings['evidence.edit']}
            </button>
            <button type="button" class="dg-button dg-button-quiet" aria-label={`${strings['evidence.delete']} ${heading}`}
              onClick={() => setConfirming(true)}>
              {strings['evidence.delete']}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
