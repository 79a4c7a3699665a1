/**
 * The evidence log's form as typed, and the entry it makes: the time typed is China time, and a pasted
 * message is run through the shared message checker so its flags are stored with the entry.
 */
import { z } from 'zod';
import { checkMessage } from '@debtguide/shared/messages';
import { chinaIsoFromLocal, localFromChinaIso } from '../message/china-time-input.ts';
import { channelSchema, entrySchema, type Entry } from './entry-schema.ts';

export const entryFormSchema = z.object({
  /** `datetime-local` value, China time. */
  at: z.string(),
  channel: channelSchema,
  from: z.string(),
  name: z.string(),
  agency: z.string(),
  role: z.string(),
  said: z.string(),
  message: z.string(),
});

export type EntryForm = z.infer<typeof entryFormSchema>;
export type EntryFormField = keyof EntryForm;

export const EMPTY_FORM: EntryForm = { at: '', channel: 'phone', from: '', name: '', agency: '', role: '', said: '', message: '' };

/** The form for editing an entry. */
export function formOfEntry(entry: Entry): EntryForm {
  const { at, channel, from, name, agency, role, said, message } = entry;
  return { at: localFromChinaIso(at), channel, from, name, agency, role, said, message };
}

export type FormOutcome = { ok: true; entry: Entry } | { ok: false; errors: Partial<Record<EntryFormField, string>> };

/**
 * The entry the form makes (a new one, or `existing` changed), or the i18n keys of what is missing: a time,
 * and something said or pasted.
 */
export function entryFromForm(form: EntryForm, context: { now: Date; id: string; existing?: Entry }): FormOutcome {
  const errors: Partial<Record<EntryFormField, string>> = {};
  const at = chinaIsoFromLocal(form.at);
  if (!at) errors.at = 'evidence.error.at';
  if (form.said.trim() === '' && form.message.trim() === '') errors.said = 'evidence.error.said';
  if (!at || Object.keys(errors).length > 0) return { ok: false, errors };
  const message = form.message.trim();
  const flags = message === '' ? [] : checkMessage(message, { at }).flags.map(({ rule, evidence }) => ({ rule, evidence }));
  const now = context.now.toISOString();
  const parsed = entrySchema.safeParse({
    id: context.existing?.id ?? context.id,
    at,
    channel: form.channel,
    from: form.from.trim(),
    name: form.name.trim(),
    agency: form.agency.trim(),
    role: form.role.trim(),
    said: form.said.trim(),
    message,
    flags,
    createdAt: context.existing?.createdAt ?? now,
    updatedAt: now,
  });
  if (parsed.success) return { ok: true, entry: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]) as EntryFormField;
    errors[field in EMPTY_FORM ? field : 'said'] = 'evidence.error.tooLong';
  }
  return { ok: false, errors };
}
