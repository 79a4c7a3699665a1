import { describe, expect, it } from 'vitest';
import type { LetterField } from '@debtguide/shared/content/schema';
import {
  BLANK, fillLetter, formatLetterDate, letterFileName, letterStorageKey, letterStorageKeys, missingRequired, restoreValues, serializeValues,
} from './letter-values.ts';

const fields: LetterField[] = [
  { name: 'name', type: 'text', label: '姓名', required: true },
  { name: 'channel', type: 'select', label: '方式', required: false, options: ['电话', '短信'] },
  { name: 'day', type: 'date', label: '日期', required: true },
  { name: 'id_number', type: 'id-number', label: '身份证件号码', required: true },
];

describe('storage', () => {
  it('round-trips values under a key per letter slug', () => {
    expect(letterStorageKey('letters/hardship-request')).toBe('debtguide.letter.letters/hardship-request');
    const raw = serializeValues({ name: '张三', channel: '短信' }, fields);
    expect(restoreValues(raw, fields)).toEqual({ name: '张三', channel: '短信' });
  });

  it('never stores an identity number, nor reads one an older version stored', () => {
    const raw = serializeValues({ name: '张三', id_number: '110101199003071234' }, fields);
    expect(raw).not.toContain('110101199003071234');
    expect(JSON.parse(raw ?? '')).toEqual({ version: 1, values: { name: '张三' } });
    expect(serializeValues({ id_number: '110101199003071234', channel: '' }, fields)).toBeNull();
    const old = JSON.stringify({ version: 1, values: { name: '张三', id_number: '110101199003071234' } });
    expect(restoreValues(old, fields)).toEqual({ name: '张三' });
  });

  it('keeps only the form’s own fields, filled in', () => {
    expect(serializeValues({ name: '', other: 'x' }, fields)).toBeNull();
  });

  it('lists every letter’s stored values and nothing else', () => {
    const entries = new Map([['debtguide.letter.letters/dispute', '{}'], ['debtguide-evidence', 'x'], ['debtguide.letter.letters/tell-me-more', '{}']]);
    const storage = { length: entries.size, key: (index: number) => [...entries.keys()][index] ?? null };
    expect(letterStorageKeys(storage)).toEqual(['debtguide.letter.letters/dispute', 'debtguide.letter.letters/tell-me-more']);
  });

  it('drops unknown fields and options of another language', () => {
    const raw = JSON.stringify({ version: 1, values: { name: 'Li', channel: 'by text', other: 'x' } });
    expect(restoreValues(raw, fields)).toEqual({ name: 'Li' });
  });

  it('gives an empty form for missing or unreadable storage', () => {
    expect(restoreValues(null, fields)).toEqual({});
    expect(restoreValues('{not json', fields)).toEqual({});
    expect(restoreValues(JSON.stringify({ version: 9, values: {} }), fields)).toEqual({});
    expect(restoreValues(JSON.stringify({ version: 1, values: ['张三'] }), fields)).toEqual({});
    expect(restoreValues(JSON.stringify({ version: 1, values: { name: 5, day: '2026-01-01' } }), fields)).toEqual({ day: '2026-01-01' });
  });
});

describe('fillLetter', () => {
  const template = '我是{{name}}，请用{{channel}}联系。日期：{{day}}';

  it('fills values, writes dates out and leaves blanks for empty fields', () => {
    expect(fillLetter(template, fields, { name: ' 张三 ', day: '2026-11-24' }, 'zh-hans')).toBe(
      `我是张三，请用${BLANK}联系。日期：2026年11月24日`,
    );
  });

  it('writes an English date in English', () => {
    expect(formatLetterDate('2026-01-05', 'en')).toBe('5 January 2026');
    expect(formatLetterDate('not a date', 'en')).toBe('not a date');
  });
});

describe('missingRequired', () => {
  it('lists the required fields still empty', () => {
    expect(missingRequired(fields, { name: '  ' }).map((field) => field.name)).toEqual(['name', 'day', 'id_number']);
    expect(missingRequired(fields, { name: 'a', day: '2026-01-01', id_number: 'x' })).toEqual([]);
  });
});

describe('letterFileName', () => {
  it('is the letter’s name', () => {
    expect(letterFileName('letters/complaint-12378')).toBe('complaint-12378.txt');
  });
});
