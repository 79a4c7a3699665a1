import { describe, expect, it } from 'vitest';
import { lenders } from '../lenders/registry.ts';
import { lenderRefSchema, toLenderRefs } from './lender-ref.ts';

describe('lenderRefSchema', () => {
  it('is an id with product ids', () => {
    expect(lenderRefSchema.parse({ id: 'jd', products: ['jintiao', 'baitiao'] })).toEqual({ id: 'jd', products: ['jintiao', 'baitiao'] });
  });
});

describe('toLenderRefs', () => {
  it('reduces registry entries and accepts plain ids as they are', () => {
    expect(toLenderRefs([{ id: 'jd', products: [{ id: 'jintiao' }, 'baitiao'] }])).toEqual([{ id: 'jd', products: ['jintiao', 'baitiao'] }]);
  });

  it('reads the lender registry', () => {
    expect(toLenderRefs(lenders).find((lender) => lender.id === 'antgroup')?.products).toEqual(['jiebei', 'huabei']);
  });
});
