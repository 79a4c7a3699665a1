import { describe, expect, it } from 'vitest';
import { entrySchema, exportFileSchema, newEntryId, sortNewestFirst, toExportFile } from './entry-schema.ts';
import { entry } from './test-entries.ts';

describe('entrySchema', () => {
  it('fills empty texts and flags', () => {
    const parsed = entry({ id: 'aaaaaaaa' });
    expect(parsed).toMatchObject({ from: '', name: '', agency: '', role: '', message: '', flags: [] });
  });

  it('rejects an unknown channel, a time without offset and an unknown rule', () => {
    const base = { ...entry({ id: 'aaaaaaaa' }) };
    expect(entrySchema.safeParse({ ...base, channel: 'fax' }).success).toBe(false);
    expect(entrySchema.safeParse({ ...base, at: '2026-01-05 23:10' }).success).toBe(false);
    expect(entrySchema.safeParse({ ...base, flags: [{ rule: 'rudeness', evidence: 'x' }] }).success).toBe(false);
  });
});

describe('sortNewestFirst', () => {
  it('orders by the contact time, newest first, whatever the offsets', () => {
    const list = [
      entry({ id: 'aaaaaaaa', at: '2026-01-05T10:00:00+08:00' }),
      entry({ id: 'bbbbbbbb', at: '2026-01-05T03:00:00Z' }),
      entry({ id: 'cccccccc', at: '2026-01-04T23:00:00+08:00' }),
    ];
    expect(sortNewestFirst(list).map((e) => e.id)).toEqual(['bbbbbbbb', 'aaaaaaaa', 'cccccccc']);
  });
});

describe('toExportFile', () => {
  it('is a valid versioned file, entries oldest first', () => {
    const file = toExportFile([entry({ id: 'bbbbbbbb', at: '2026-02-01T10:00:00+08:00' }), entry({ id: 'aaaaaaaa' })], new Date('2026-03-01T00:00:00Z'));
    expect(exportFileSchema.parse(file)).toEqual(file);
    expect(file).toMatchObject({ format: 'debtguide-evidence-log', version: 1, exportedAt: '2026-03-01T00:00:00.000Z' });
    expect(file.entries.map((e) => e.id)).toEqual(['aaaaaaaa', 'bbbbbbbb']);
  });
});

describe('newEntryId', () => {
  it('is 32 hex digits', () => {
    expect(newEntryId()).toMatch(/^[0-9a-f]{32}$/);
    expect(newEntryId((bytes) => bytes.fill(255))).toBe('f'.repeat(32));
  });
});
