import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import zhHans from './zh-hans.json' with { type: 'json' };
import { bilingual, toolStrings } from './tool-strings.ts';

const variables = (text: string) => [...text.matchAll(/\{([A-Za-z]\w*)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  it('have the same keys in zh-hans and en, each non-empty, with the same {variables}', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhHans).sort());
    for (const [key, value] of Object.entries(zhHans)) {
      const english = (en as Record<string, string>)[key] ?? '';
      expect(value.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(variables(english), key).toEqual(variables(value));
    }
  });

  it('use flat dotted keys', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z]+(?:\.[A-Za-z0-9-]+)+$/);
  });
});

describe('toolStrings', () => {
  it('picks keys by prefix', () => {
    const strings = toolStrings('en', ['apr.']);
    expect(strings['apr.result.simple']).toBe('Annualised rate (simple)');
    expect(Object.keys(strings).every((key) => key.startsWith('apr.'))).toBe(true);
  });

  it('converts zh-hant from zh-hans with OpenCC, variables untouched', () => {
    const strings = toolStrings('zh-hant', ['apr.', 'message.']);
    expect(strings['apr.result.simple']).toBe('年化利率（單利）');
    expect(strings['message.result.count']).toBe('發現{n}個問題。');
    expect(strings['apr.result.simpleNote']).toContain('「單利」');
  });
});

describe('bilingual', () => {
  it('converts the Simplified text for zh-hant', () => {
    const text = { 'zh-hans': '联系第三人', en: 'Contacting third parties' };
    expect(bilingual('zh-hant', text)).toBe('聯繫第三人');
    expect(bilingual('en', text)).toBe('Contacting third parties');
  });
});
