import { describe, expect, it } from 'vitest';
import { checkReleaseSiteUrl } from './release-site-url.ts';

describe('checkReleaseSiteUrl', () => {
  it('accepts the public https site, without a trailing slash', () => {
    expect(checkReleaseSiteUrl('https://debtguide.example/')).toBe('https://debtguide.example');
    expect(checkReleaseSiteUrl(' https://example.org/guide ')).toBe('https://example.org/guide');
  });

  it('refuses a release without the address, or with the local preview', () => {
    expect(() => checkReleaseSiteUrl(undefined)).toThrow(/WXT_SITE_URL is not set/);
    expect(() => checkReleaseSiteUrl('  ')).toThrow(/not set/);
    expect(() => checkReleaseSiteUrl('debtguide.example')).toThrow(/not an address/);
    expect(() => checkReleaseSiteUrl('http://debtguide.example')).toThrow(/https/);
    for (const local of ['https://127.0.0.1:4321', 'https://localhost', 'https://192.168.1.5', 'https://[::1]:4321', 'https://box.local']) {
      expect(() => checkReleaseSiteUrl(local), local).toThrow(/local address/);
    }
  });
});
