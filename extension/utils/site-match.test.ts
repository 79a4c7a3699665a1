import { describe, expect, it } from 'vitest';
import { hostIsOnSite, isMutedHost, normalizeSite } from './site-match.ts';

describe('hostIsOnSite', () => {
  it.each([
    ['mybank.cn', 'mybank.cn', true],
    ['loan.mybank.cn', 'mybank.cn', true],
    ['LOAN.MYBANK.CN.', 'mybank.cn', true],
    ['notmybank.cn', 'mybank.cn', false],
    ['mybank.cn.example.com', 'mybank.cn', false],
    ['mybank.cn', 'loan.mybank.cn', false],
  ] as const)('%s on %s: %s', (host, site, expected) => expect(hostIsOnSite(host, site)).toBe(expected));
});

describe('isMutedHost', () => {
  it('is muted by the site or a parent domain', () => {
    expect(isMutedHost('render.alipay.com', ['jd.com', 'alipay.com'])).toBe(true);
    expect(isMutedHost('render.alipay.com', ['jd.com'])).toBe(false);
    expect(isMutedHost('render.alipay.com', [])).toBe(false);
  });
});

describe('normalizeSite', () => {
  it.each([
    ['mybank.cn', 'mybank.cn'],
    ['  MyBank.CN  ', 'mybank.cn'],
    ['*.mybank.cn', 'mybank.cn'],
    ['https://loan.mybank.cn/overdue/detail.htm?x=1', 'loan.mybank.cn'],
    ['loan.mybank.cn/overdue', 'loan.mybank.cn'],
    ['www.icbc.com.cn:443', 'www.icbc.com.cn'],
    ['localhost', 'localhost'],
  ])('%j → %s', (input, site) => expect(normalizeSite(input)).toBe(site));
  it.each(['', 'mybank', 'hello world', 'http://', '-bad-.cn', 'a..cn'])('%j is not a site', (input) => expect(normalizeSite(input)).toBeNull());
});
