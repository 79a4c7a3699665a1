import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, entryFromForm, formOfEntry } from './entry-form.ts';

const now = new Date('2026-01-06T02:00:00.000Z');

describe('entryFromForm', () => {
  it('makes an entry in China time and stores the checker’s flags for a pasted message', () => {
    const outcome = entryFromForm(
      { ...EMPTY_FORM, at: '2026-01-05T23:10', channel: 'sms', from: ' 10690000 ', message: '再不还钱就找人收拾你' },
      { now, id: 'abcdef0123456789' },
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.entry).toMatchObject({
      id: 'abcdef0123456789', at: '2026-01-05T23:10:00+08:00', channel: 'sms', from: '10690000',
      createdAt: now.toISOString(), updatedAt: now.toISOString(),
    });
    expect(outcome.entry.flags.map((flag) => flag.rule)).toEqual(['threat', 'odd-hours']);
    expect(outcome.entry.flags[1]?.evidence).toBe('23:10');
  });

  it('asks for a time and for something said', () => {
    expect(entryFromForm(EMPTY_FORM, { now, id: 'abcdef0123456789' })).toEqual({
      ok: false,
      errors: { at: 'evidence.error.at', said: 'evidence.error.said' },
    });
  });

  it('keeps the id and creation time of the entry being edited', () => {
    const first = entryFromForm({ ...EMPTY_FORM, at: '2026-01-05T09:00', said: '催还款' }, { now, id: 'abcdef0123456789' });
    if (!first.ok) throw new Error('expected an entry');
    const later = new Date('2026-02-01T00:00:00.000Z');
    const edited = entryFromForm({ ...formOfEntry(first.entry), said: '催还款，说要上门' }, { now: later, id: 'ffffffffffffffff', existing: first.entry });
    expect(edited.ok && edited.entry).toMatchObject({
      id: 'abcdef0123456789', createdAt: now.toISOString(), updatedAt: later.toISOString(), said: '催还款，说要上门', flags: [],
    });
  });

  it('round-trips an entry through the form', () => {
    const made = entryFromForm({ ...EMPTY_FORM, at: '2026-01-05T09:00', channel: 'visit', said: 'x', role: '律师' }, { now, id: 'abcdef0123456789' });
    if (!made.ok) throw new Error('expected an entry');
    expect(formOfEntry(made.entry)).toEqual({ ...EMPTY_FORM, at: '2026-01-05T09:00', channel: 'visit', said: 'x', role: '律师' });
  });

  it('refuses text beyond the limits', () => {
    const outcome = entryFromForm({ ...EMPTY_FORM, at: '2026-01-05T09:00', said: 'x', from: '1'.repeat(201) }, { now, id: 'abcdef0123456789' });
    expect(outcome).toEqual({ ok: false, errors: { from: 'evidence.error.tooLong' } });
  });
});
