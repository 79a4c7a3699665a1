import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyBadge, badgeFor } from './badge.ts';

beforeEach(() => fakeBrowser.reset());

describe('badgeFor', () => {
  it('is empty with nothing to say', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ pageKind: 'other', findings: 3 }).text).toBe('');
    expect(badgeFor({ pageKind: 'overdue', findings: 0 }).text).toBe('');
  });
  it('counts the findings', () => expect(badgeFor({ pageKind: 'overdue', findings: 2 })).toEqual({ text: '2', color: '#1d4ed8' }));
  it('is red on a collection notice or a relief scam', () => {
    expect(badgeFor({ pageKind: 'collection-notice', findings: 3 }).color).toBe('#b42318');
    expect(badgeFor({ pageKind: 'relief-scam', findings: 1 }).color).toBe('#b42318');
  });
  it('fits in the badge', () => expect(badgeFor({ pageKind: 'loan-offer', findings: 120 }).text).toBe('99+'));
});

describe('applyBadge', () => {
  it('sets the badge of one tab only', async () => {
    await applyBadge(fakeBrowser.action, 7, badgeFor({ pageKind: 'overdue', findings: 2 }));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0x1d, 0x4e, 0xd8, 255]);
  });
  it('clears a tab', async () => {
    await applyBadge(fakeBrowser.action, 7, badgeFor({ pageKind: 'overdue', findings: 2 }));
    await applyBadge(fakeBrowser.action, 7, badgeFor(null));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});
