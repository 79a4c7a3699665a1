import { describe, expect, it } from 'vitest';
import { getRule, type RuleId } from '@debtguide/shared/messages';
import en from '../i18n/en.json' with { type: 'json' };
import { translator } from '../i18n/format.ts';
import { atNight, complaintSummary, countEntries } from './summary.ts';
import { entry } from './test-entries.ts';

const context = { t: translator(en), ruleTitle: (id: RuleId) => getRule(id).title.en, now: new Date('2026-03-01T02:00:00Z') };

const entries = [
  entry({ id: 'bbbbbbbb', at: '2026-01-07T09:30:00+08:00', channel: 'sms', from: '10690000', message: '不还就找人收拾你', flags: [{ rule: 'threat', evidence: '找人收拾你' }] }),
  entry({ id: 'aaaaaaaa', at: '2026-01-05T23:10:00+08:00', channel: 'phone', name: 'Mr Wang', agency: 'XX Asset Management', role: 'lawyer' }),
  entry({ id: 'cccccccc', at: '2026-01-08T07:00:00+08:00', channel: 'phone', flags: [{ rule: 'odd-hours', evidence: '07:00' }] }),
];

describe('countEntries', () => {
  it('counts by channel and by rule in their fixed orders', () => {
    expect(countEntries(entries)).toEqual({ channels: [['phone', 2], ['sms', 1]], rules: [['threat', 1], ['odd-hours', 1]] });
  });
});

describe('atNight', () => {
  it('is judged in China time', () => {
    expect(atNight({ at: '2026-01-05T23:10:00+08:00' })).toBe(true);
    expect(atNight({ at: '2026-01-05T15:10:00Z' })).toBe(true);
    expect(atNight({ at: '2026-01-05T12:00:00+08:00' })).toBe(false);
  });
});

describe('complaintSummary', () => {
  const text = complaintSummary(entries, context);

  it('gives the period, the counts and the night contacts', () => {
    expect(text).toContain('Period: 2026-01-05 to 2026-01-08, 3 contact(s) in all.');
    expect(text).toContain('By channel: Phone call: 2, Text message: 1.');
    expect(text).toContain('Contacts between 22:00 and 08:00: 2.');
    expect(text).toContain('Problems found in messages: Threat of harm: 1, ');
    expect(text).toContain('(compiled with the Debt Guide evidence log, 2026-03-01 10:00 China time)');
  });

  it('lists every entry oldest first with what was said and found', () => {
    const lines = text.split('\n');
    const first = lines.indexOf('1. 2026-01-05 23:10  Phone call');
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toBe('   Who: Mr Wang, XX Asset Management');
    expect(lines[first + 2]).toBe('   Claimed to be: lawyer');
    expect(text).toContain('2. 2026-01-07 09:30  Text message\n   From: 10690000');
    expect(text).toContain('   Problems: Threat of harm (“找人收拾你”)');
  });

  it('says so when there is nothing to summarise', () => {
    expect(complaintSummary([], context)).toContain('No records yet.');
  });
});
