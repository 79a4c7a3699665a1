/** @jsxImportSource preact */
/**
 * One field of a letter's form, as the input its type calls for; required fields are marked and required. An
 * identity number says that it is not kept, and the browser is asked not to remember it either.
 */
import type { LetterField } from '@debtguide/shared/content/schema';
import type { Strings } from '../i18n/format.ts';

type Props = { field: LetterField; value: string; strings: Strings; onChange: (value: string) => void };

export function LetterFieldInput({ field, value, strings, onChange }: Props) {
  const id = `dg-letter-${field.name}`;
  const notKept = field.type === 'id-number';
  const hintId = field.hint || notKept ? `${id}-hint` : undefined;
  const common = {
    id,
    name: field.name,
    required: field.required,
    'aria-describedby': hintId,
    value,
  };
  const onInput = (event: Event) => onChange((event.currentTarget as HTMLInputElement).value);
  let control;
  switch (field.type) {
    case 'textarea':
      control = <textarea {...common} rows={4} onInput={onInput} />;
      break;
    case 'select':
      control = (
        <select {...common} onChange={onInput}>
          <option value="">{strings['letter.select.placeholder']}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>{option}</option>
          ))}
        </select>
      );
      break;
    case 'date':
      control = <input {...common} type="date" onInput={onInput} />;
      break;
    case 'number':
      control = <input {...common} type="text" inputMode="decimal" autoComplete="off" onInput={onInput} />;
      break;
    case 'id-number':
      control = <input {...common} type="text" autoComplete="off" spellcheck={false} onInput={onInput} />;
      break;
    case 'phone':
      control = <input {...common} type="tel" inputMode="tel" autoComplete="tel" onInput={onInput} />;
      break;
    default:
      control = <input {...common} type="text" onInput={onInput} />;
  }
  return (
    <div class={`dg-field dg-field-${field.type}`}>
      <label for={id}>
        {field.label}
        {field.required ? <span class="dg-required">{strings['common.required']}</span> : null}
      </label>
      {hintId ? (
        <p id={hintId} class="dg-hint">{[field.hint, notKept ? strings['letter.notKept'] : undefined].filter(Boolean).join(' ')}</p>
      ) : null}
      {control}
    </div>
  );
}
