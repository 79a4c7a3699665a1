import { describe, expect, it } from 'vitest';
import { mergeEntries } from './merge.ts';
import { memoryStore } from './store.ts';
import { entry } from './test-entries.ts';

describe('mergeEntries', () => {
  const mine = [entry({ id: 'aaaaaaaa' }), entry({ id: 'bbbbbbbb', said: 'edited', updatedAt: '2026-02-01T00:00:00.000Z' })];

  it('adds new entries and leaves known ones alone', () => {
    const result = mergeEntries(mine, [entry({ id: 'aaaaaaaa' }), entry({ id: 'cccccccc' })]);
    expect(result).toMatchObject({ added: 1, updated: 0, unchanged: 1 });
    expect(result.toWrite.map((e) => e.id)).toEqual(['cccccccc']);
  });

  it('keeps the later version of an entry', () => {
    const older = entry({ id: 'bbbbbbbb', said: 'old' });
    const newer = entry({ id: 'aaaaaaaa', said: 'newer', updatedAt: '2026-03-01T00:00:00.000Z' });
    const result = mergeEntries(mine, [older, newer]);
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(result.toWrite).toEqual([newer]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const store = memoryStore(mine);
    const incoming = [entry({ id: 'cccccccc' }), entry({ id: 'dddddddd' })];
    for (let round = 0; round < 2; round++) {
      const { toWrite } = mergeEntries(await store.all(), incoming);
      await store.putMany(toWrite);
    }
    expect((await store.all()).map((e) => e.id).sort()).toEqual(['aaaaaaaa', 'bbbbbbbb', 'cccccccc', 'dddddddd']);
    expect(mergeEntries(await store.all(), incoming)).toMatchObject({ added: 0, updated: 0, unchanged: 2, toWrite: [] });
  });
});

describe('memoryStore', () => {
  it('puts, lists and removes by id', async () => {
    const store = memoryStore();
    await store.putMany([entry({ id: 'aaaaaaaa' }), entry({ id: 'bbbbbbbb' })]);
    await store.putMany([entry({ id: 'aaaaaaaa', said: 'changed' })]);
    await store.remove('bbbbbbbb');
    expect(await store.all()).toEqual([entry({ id: 'aaaaaaaa', said: 'changed' })]);
  });
});
