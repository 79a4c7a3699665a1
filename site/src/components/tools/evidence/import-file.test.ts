import { describe, expect, it } from 'vitest';
import { toExportFile } from './entry-schema.ts';
import { readExportFile } from './import-file.ts';
import { entry } from './test-entries.ts';

const good = toExportFile([entry({ id: 'aaaaaaaa' }), entry({ id: 'bbbbbbbb' })], new Date('2026-03-01T00:00:00Z'));

describe('readExportFile', () => {
  it('accepts an exported file, with or without a byte-order mark', () => {
    expect(readExportFile(JSON.stringify(good))).toEqual({ ok: true, file: good });
    expect(readExportFile(`\uFEFF${JSON.stringify(good, null, 2)}`).ok).toBe(true);
  });

  it('says when the file is empty, not JSON, or not a log', () => {
    expect(readExportFile('  ')).toEqual({ ok: false, problems: [{ kind: 'empty' }] });
    const broken = readExportFile('{"format": ');
    expect(broken.ok ? null : broken.problems[0]?.kind).toBe('notJson');
    expect(readExportFile('[1, 2]')).toEqual({ ok: false, problems: [{ kind: 'notLog' }] });
    expect(readExportFile('{"entries": []}')).toEqual({ ok: false, problems: [{ kind: 'notLog' }] });
  });

  it('refuses another version, naming it', () => {
    expect(readExportFile(JSON.stringify({ ...good, version: 2 }))).toEqual({ ok: false, problems: [{ kind: 'version', found: '2' }] });
  });

  it('names the entry and field that are wrong, and why', () => {
    const bad = structuredClone(good) as unknown as { entries: Array<Record<string, unknown>> };
    bad.entries[1]!.channel = 'fax';
    delete bad.entries[0]!.at;
    const outcome = readExportFile(JSON.stringify(bad));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      { kind: 'field', entry: 1, field: 'at', detail: 'missing', expected: 'string' },
      { kind: 'field', entry: 2, field: 'channel', detail: 'options', expected: 'phone, sms, wechat, visit, other' },
    ]);
  });

  it('refuses an entry id used twice', () => {
    const twice = { ...good, entries: [good.entries[0], good.entries[0]] };
    expect(readExportFile(JSON.stringify(twice))).toEqual({ ok: false, problems: [{ kind: 'duplicateId', entry: 2, id: 'aaaaaaaa' }] });
  });
});
