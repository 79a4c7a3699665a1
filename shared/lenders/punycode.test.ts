import { describe, expect, it } from 'vitest';
import { decodePunycode, labelToUnicode } from './punycode.ts';

describe('decodePunycode', () => {
  it('decodes the RFC 3492 §7.1 samples', () => {
    // (A) Arabic (Egyptian), (B) Chinese (simplified), (L) 3<nen>B<gumi><kinpachi><sensei>
    expect(decodePunycode('egbpdaj6bu4bxfgehfvwxn')).toBe('ليهمابتكلموشعربي؟');
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文');
    expect(decodePunycode('3B-ww4c5e180e575a65lsy2b')).toBe('3年B組金八先生');
  });

  it('agrees with the URL parser both ways', () => {
    for (const unicode of ['中国', '京东金融客服', 'аlipay', 'jd-сom', 'icbс']) {
      const ascii = new URL(`http://${unicode}.cn/`).hostname.split('.')[0] as string;
      expect(ascii.startsWith('xn--'), unicode).toBe(true);
      expect(labelToUnicode(ascii)).toBe(unicode.toLowerCase());
    }
  });

  it('refuses malformed input', () => {
    expect(() => decodePunycode('99999999999')).toThrow(/overflow/);
    expect(() => decodePunycode('abc-b')).toThrow(/truncated/);
    expect(() => decodePunycode('a!')).toThrow(/digit/);
  });
});

describe('labelToUnicode', () => {
  it('leaves ASCII and malformed labels as they are', () => {
    expect(labelToUnicode('jd')).toBe('jd');
    expect(labelToUnicode('xn--fiqs8s')).toBe('中国');
    expect(labelToUnicode('xn--a!')).toBe('xn--a!');
  });
});
