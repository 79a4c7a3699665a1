import { describe, expect, it } from 'vitest';
import { fillPlaceholders, findPlaceholders } from './letter-placeholders.ts';

describe('findPlaceholders', () => {
  it('finds {{name}} with its line, spaces allowed inside the braces', () => {
    expect(findPlaceholders('致{{lenderName}}：\n\n本人{{ borrowerName }}于{{date}}', 20)).toEqual({
      placeholders: [
        { name: 'lenderName', line: 20 },
        { name: 'borrowerName', line: 22 },
        { name: 'date', line: 22 },
      ],
      problems: [],
    });
  });

  it('reports placeholders that are not identifiers', () => {
    expect(findPlaceholders('{{姓名}} {{}}').problems.map((problem) => problem.line)).toEqual([1, 1]);
  });
});

describe('fillPlaceholders', () => {
  it('fills known names and leaves the others', () => {
    expect(fillPlaceholders('{{a}} and {{ b }} and {{c}}', { a: '甲', b: '乙' })).toBe('甲 and 乙 and {{c}}');
  });
});
