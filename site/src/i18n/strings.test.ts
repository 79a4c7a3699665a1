import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import zhHans from './zh-hans.json' with { type: 'json' };
import { fill, strings } from './strings.ts';

describe('string tables', () => {
  it('has the same flat dotted keys in zh-hans.json and en.json, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhHans).sort());
    for (const [key, value] of [...Object.entries(zhHans), ...Object.entries(en)]) {
      expect(key).toMatch(/^[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z-]*)+$/);
      expect(typeof value, key).toBe('string');
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same {slots} in both languages', () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhHans) as (keyof typeof zhHans)[]) expect(slots(en[key]), key).toEqual(slots(zhHans[key]));
  });
});

describe('strings', () => {
  it('generates zh-hant from zh-hans with OpenCC', () => {
    expect(strings('zh-hant')('lang.label')).toBe('語言');
    expect(strings('zh-hant')('confidence.unverified')).toBe('待核實');
    expect(strings('zh-hans')('confidence.unverified')).toBe('待核实');
    expect(strings('en')('confidence.unverified')).toBe('unverified');
  });

  it('says an industry code is not law in every language', () => {
    expect(strings('zh-hans')('binding.industry-code')).toContain('不是法律');
    expect(strings('zh-hant')('binding.industry-code')).toContain('不是法律');
    expect(strings('en')('binding.industry-code')).toContain('not law');
  });
});

describe('fill', () => {
  it('fills known slots and leaves unknown ones', () => {
    expect(fill('共 {n} 篇 {x}', { n: 3 })).toBe('共 3 篇 {x}');
  });
});
