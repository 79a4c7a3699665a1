import { describe, expect, it } from 'vitest';
import { letterFieldSchema } from './letter-field.ts';

describe('letterFieldSchema', () => {
  it('defaults required to false', () => {
    expect(letterFieldSchema.parse({ name: 'amount', type: 'number', label: '金额' }).required).toBe(false);
  });

  it('wants options on select fields only', () => {
    expect(letterFieldSchema.safeParse({ name: 'a', type: 'select', label: 'A' }).error?.issues[0]?.message).toBe('a select field needs `options`');
    expect(letterFieldSchema.safeParse({ name: 'a', type: 'text', label: 'A', options: ['x', 'y'] }).success).toBe(false);
    expect(letterFieldSchema.safeParse({ name: 'a', type: 'select', label: 'A', options: ['x', 'y'] }).success).toBe(true);
  });

  it('wants an identifier as name', () => {
    expect(letterFieldSchema.safeParse({ name: '姓名', type: 'text', label: 'A' }).success).toBe(false);
    expect(letterFieldSchema.safeParse({ name: 'lender_name2', type: 'text', label: 'A' }).success).toBe(true);
  });

  it('wants an identity number field to be of type id-number, which is never stored', () => {
    expect(letterFieldSchema.safeParse({ name: 'id_number', type: 'text', label: '身份证件号码' }).error?.issues[0]?.message).toContain('type `id-number`');
    expect(letterFieldSchema.safeParse({ name: 'id_number', type: 'id-number', label: '身份证件号码' }).success).toBe(true);
    expect(letterFieldSchema.safeParse({ name: 'id_last4', type: 'text', label: '身份证号后四位' }).success).toBe(true);
  });
});
