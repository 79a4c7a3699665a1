/** @jsxImportSource preact */
/** The evidence log's form, for a new entry or one being edited; errors are shown beside their fields. */
import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n/format.ts';
import { channelSchema } from './entry-schema.ts';
import { EMPTY_FORM, type EntryForm, type EntryFormField } from './entry-form.ts';

type Props = {
  strings: Strings;
  /** The form to start from (an entry being edited), or null for a new entry. */
  editing: EntryForm | null;
  /** Saves the form; returns the errors (i18n keys) by field, empty when saved. */
  onSave: (form: EntryForm) => Promise<Partial<Record<EntryFormField, string>>>;
  onCancel: () => void;
};

const TEXT_FIELDS = ['from', 'name', 'agency', 'role'] as const;

export function EntryFormView({ strings, editing, onSave, onCancel }: Props) {
  const [form, setForm] = useState<EntryForm>(editing ?? EMPTY_FORM);
  const [errors, setErrors] = useState<Partial<Record<EntryFormField, string>>>({});
  useEffect(() => {
    setForm(editing ?? EMPTY_FORM);
    setErrors({});
  }, [editing]);
  const set = (changes: Partial<EntryForm>) => setForm((current) => ({ ...current, ...changes }));
  const id = (field: EntryFormField) => `dg-evidence-${field}`;
  const errorOf = (field: EntryFormField) =>
    errors[field] ? <p id={`${id(field)}-error`} class="dg-error">{strings[errors[field]] ?? errors[field]}</p> : null;
  const invalid = (field: EntryFormField) => (errors[field] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id(field)}-error` } : {});

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems = await onSave(form);
    setErrors(problems);
    if (Object.keys(problems).length === 0) setForm(EMPTY_FORM);
    else document.getElementById(id(Object.keys(problems)[0] as EntryFormField))?.focus();
  };

  return (
    <form class="dg-form dg-evidence-form" onSubmit={submit} noValidate aria-labelledby="dg-evidence-form-heading">
      <h3 id="dg-evidence-form-heading">{strings[editing ? 'evidence.form.edit' : 'evidence.form.add']}</h3>
      <div class="dg-field-row">
        <div class="dg-field">
          <label for={id('at')}>{strings['evidence.at.label']}<span class="dg-required">{strings['common.required']}</span></label>
          <input id={id('at')} type="datetime-local" required value={form.at} {...invalid('at')} onInput={(e) => set({ at: e.currentTarget.value })} />
          {errorOf('at')}
        </div>
        <div class="dg-field">
          <label for={id('channel')}>{strings['evidence.channel.label']}</label>
          <select id={id('channel')} value={form.channel} onChange={(e) => set({ channel: channelSchema.parse(e.currentTarget.value) })}>
            {channelSchema.options.map((channel) => (
              <option key={channel} value={channel}>{strings[`evidence.channel.${channel}`]}</option>
            ))}
          </select>
        </div>
      </div>
      {TEXT_FIELDS.map((field) => (
        <div class="dg-field" key={field}>
          <label for={id(field)}>{strings[`evidence.${field}.label`]}</label>
          <input id={id(field)} type="text" value={form[field]} {...invalid(field)} onInput={(e) => set({ [field]: e.currentTarget.value })} />
          {errorOf(field)}
        </div>
      ))}
      <div class="dg-field">
        <label for={id('said')}>{strings['evidence.said.label']}</label>
        <textarea id={id('said')} rows={4} value={form.said} {...invalid('said')} onInput={(e) => set({ said: e.currentTarget.value })} />
        {errorOf('said')}
      </div>
      <div class="dg-field">
        <label for={id('message')}>{strings['evidence.message.label']}</label>
        <p id={`${id('message')}-hint`} class="dg-hint">{strings['evidence.message.hint']}</p>
        <textarea id={id('message')} rows={4} value={form.message} aria-describedby={`${id('message')}-hint`}
          onInput={(e) => set({ message: e.currentTarget.value })} />
        {errorOf('message')}
      </div>
      <div class="dg-actions">
        <button type="submit" class="dg-button dg-button-primary">{strings[editing ? 'evidence.update' : 'evidence.save']}</button>
        {editing ? <button type="button" class="dg-button dg-button-quiet" onClick={onCancel}>{strings['evidence.cancel']}</button> : null}
      </div>
    </form>
  );
}
