import { describe, expect, it } from 'vitest';
import { extendSplit, seededPart, TEST_SHARE } from './seeded-split.ts';

describe('seededPart', () => {
  it('is stable for an id and sends about 30% to the test part', () => {
    expect(seededPart('news-0001')).toBe(seededPart('news-0001'));
    const ids = Array.from({ length: 2000 }, (_, i) => `batch-${String(i).padStart(4, '0')}`);
    const share = ids.filter((id) => seededPart(id) === 'test').length / ids.length;
    expect(share).toBeGreaterThan(TEST_SHARE - 0.04);
    expect(share).toBeLessThan(TEST_SHARE + 0.04);
  });

  it('depends on the seed', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `x-${i}`);
    expect(ids.map((id) => seededPart(id, 'a'))).not.toEqual(ids.map((id) => seededPart(id, 'b')));
  });
});

describe('extendSplit', () => {
  it('keeps recorded parts even when the seed would say otherwise, and adds new ids', () => {
    const id = Array.from({ length: 50 }, (_, i) => `y-${i}`).find((x) => seededPart(x) === 'dev')!;
    const next = extendSplit({ [id]: 'test' }, [id, 'z-0001']);
    expect(next[id]).toBe('test');
    expect(next['z-0001']).toBe(seededPart('z-0001'));
  });

  it('puts twins in one part, whichever was placed first', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `w-${String(i).padStart(4, '0')}`);
    const dev = ids.find((x) => seededPart(x) === 'dev')!;
    const tests = ids.filter((x) => seededPart(x) === 'test').slice(0, 3);
    const next = extendSplit({ [dev]: 'dev' }, [{ id: dev, twin: 'k' }, ...tests.map((id) => ({ id, twin: 'k' })), { id: 'w-lone', twin: 'other' }]);
    expect(tests.map((id) => next[id])).toEqual(['dev', 'dev', 'dev']);
    expect(next['w-lone']).toBe(seededPart('w-lone'));
    const fresh = extendSplit({}, tests.map((id) => ({ id, twin: 'j' })));
    expect(new Set(tests.map((id) => fresh[id]))).toEqual(new Set([seededPart(tests[0]!)]));
  });
});
