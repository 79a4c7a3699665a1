import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { CONTRACT_LENDERS } from './contract-lenders.ts';
import { getLender, hostMatchesDomain, lenderForUrl, lenderGuideSlugs, lenderMatchPatterns, lenders } from './registry.ts';

const toTraditional = Converter({ from: 'cn', to: 'tw' });

describe('lenders', () => {
  it('has exactly the lenders and products of CONTRACT §1', () => {
    const actual = lenders.map((l) => ({ id: l.id, products: l.products.map((p) => p.id), domains: l.domains }));
    expect(actual).toEqual(CONTRACT_LENDERS);
  });

  it('writes Traditional names as OpenCC would', () => {
    for (const entry of [...lenders, ...lenders.flatMap((l) => l.products)]) {
      expect(entry.names.zhHant, entry.id).toEqual(entry.names.zhHans.map((name) => toTraditional(name)));
    }
  });

  it('has no alias shared between two lenders', () => {
    const owner = new Map<string, string>();
    for (const lender of lenders) {
      const words = [...lender.aliases, ...lender.products.flatMap((p) => p.aliases)].map((a) => (typeof a === 'string' ? a : a.text));
      for (const word of new Set(words)) {
        expect(owner.get(word), `${word} in ${lender.id}`).toBeUndefined();
        owner.set(word, lender.id);
      }
    }
  });
});

describe('lenderForUrl', () => {
  for (const lender of lenders) {
    it(`${lender.id}: its own URLs match it and no other lender`, () => {
      for (const url of lender.urls.match) expect(lenderForUrl(url)?.id, url).toBe(lender.id);
      for (const url of lender.urls.reject) expect(lenderForUrl(url)?.id, url).not.toBe(lender.id);
    });
    it(`${lender.id}: no other lender's URL matches it`, () => {
      const others = lenders.filter((l) => l !== lender).flatMap((l) => l.urls.match);
      for (const url of others) expect(lenderForUrl(url)?.id, url).not.toBe(lender.id);
    });
  }

  it('matches by domain or subdomain only', () => {
    expect(lenderForUrl('https://mybank.icbc.com.cn/x')?.id).toBe('icbc');
    expect(lenderForUrl('https://jd.com.example.cn/')).toBeUndefined();
    expect(lenderForUrl('https://WWW.JD.COM./item')?.id).toBe('jd');
    expect(lenderForUrl('not a url')).toBeUndefined();
  });
});

describe('hostMatchesDomain', () => {
  it('accepts the domain and subdomains, rejects look-alikes', () => {
    expect(hostMatchesDomain('jd.com', 'jd.com')).toBe(true);
    expect(hostMatchesDomain('a.b.jd.com', 'jd.com')).toBe(true);
    expect(hostMatchesDomain('notjd.com', 'jd.com')).toBe(false);
    expect(hostMatchesDomain('jd.com.cn', 'jd.com')).toBe(false);
  });
});

describe('getLender', () => {
  it('finds by id', () => {
    expect(getLender('mybank')?.products[0]?.kind).toBe('business-loan');
    expect(getLender('nope')).toBeUndefined();
  });
});

describe('lenderMatchPatterns', () => {
  it('covers every domain and its subdomains', () => {
    const patterns = lenderMatchPatterns();
    expect(patterns).toContain('*://mybank.cn/*');
    expect(patterns).toContain('*://*.mybank.cn/*');
    expect(patterns).toHaveLength(lenders.flatMap((l) => l.domains).length * 2);
    expect(patterns.some((p) => p.includes('<all_urls>'))).toBe(false);
  });
});

describe('lenderGuideSlugs', () => {
  it('names the product page first', () => {
    expect(lenderGuideSlugs('mybank', 'wangshangdai')).toEqual(['products/mybank-wangshangdai', 'lenders/mybank']);
    expect(lenderGuideSlugs('mybank')).toEqual(['lenders/mybank']);
  });
});
