import { describe, expect, it } from 'vitest';
import { isExtensionRequest } from './runtime-messages.ts';

describe('isExtensionRequest', () => {
  it('accepts the two requests', () => {
    expect(isExtensionRequest({ type: 'debtguide:analyse', url: 'https://www.jd.com/', html: '<p>', lang: 'en' })).toBe(true);
    expect(isExtensionRequest({ type: 'debtguide:clear-badge' })).toBe(true);
  });
  it.each([null, 'x', {}, { type: 'debtguide:analyse', url: 1, html: '', lang: 'en' }, { type: 'other' }])('rejects %j', (message) =>
    expect(isExtensionRequest(message)).toBe(false));
});
