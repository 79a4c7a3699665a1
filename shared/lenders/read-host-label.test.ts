import { describe, expect, it } from 'vitest';
import { readHostLabel, type Vocabulary } from './read-host-label.ts';

const vocabulary: Vocabulary = {
  brands: [{ text: 'icbc', lenderId: 'icbc' }, { text: 'ccb', lenderId: 'ccb' }, { text: 'meituan', lenderId: 'meituan' }, { text: '京东', lenderId: 'jd' }],
  service: ['kefu', '客服'],
  filler: ['-', 'www', 'com'],
  domain: ['com', 'cn'],
};

describe('readHostLabel', () => {
  it('reads a label made entirely of known words', () => {
    expect(readHostLabel('icbc-kefu', vocabulary)).toContainEqual({ lenderId: 'icbc', service: true, deceptive: false, spellsDomain: false });
    expect(readHostLabel('京东客服', vocabulary)).toContainEqual({ lenderId: 'jd', service: true, deceptive: false, spellsDomain: false });
    expect(readHostLabel('www-icbc-com', vocabulary)).toContainEqual({ lenderId: 'icbc', service: false, deceptive: false, spellsDomain: true });
  });

  it('sees stand-in characters', () => {
    expect(readHostLabel('1cbc', vocabulary)).toEqual([{ lenderId: 'icbc', service: false, deceptive: true, spellsDomain: false }]);
    expect(readHostLabel('rneituan', vocabulary)).toEqual([{ lenderId: 'meituan', service: false, deceptive: true, spellsDomain: false }]);
    expect(readHostLabel('iсbc', vocabulary)).toEqual([{ lenderId: 'icbc', service: false, deceptive: true, spellsDomain: false }]);
  });

  it('gives nothing for a label with any unknown part', () => {
    expect(readHostLabel('ccbill', vocabulary)).toEqual([]);
    expect(readHostLabel('icbcx-kefu', vocabulary)).toEqual([]);
    expect(readHostLabel('', vocabulary)).toEqual([{ lenderId: null, service: false, deceptive: false, spellsDomain: false }]);
  });
});
