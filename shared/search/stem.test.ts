import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';

describe('stem', () => {
  it('joins the forms a query and a page use', () => {
    const pairs: Array<[string, string]> = [
      ['collectors', 'collector'], ['called', 'call'], ['calls', 'call'], ['paying', 'pay'], ['pays', 'pay'],
      ['charges', 'charge'], ['charged', 'charge'], ['agencies', 'agency'], ['stopped', 'stop'], ['jailed', 'jail'],
      ['threatened', 'threaten'], ['visiting', 'visit'], ['making', 'make'],
    ];
    for (const [a, b] of pairs) expect(stem(a)).toBe(stem(b));
  });

  it('leaves short words, -ss/-us/-is words and non-ASCII alone', () => {
    for (const w of ['apr', 'sms', 'harass', 'status', 'basis', 'café']) expect(stem(w)).toBe(w);
  });
});
