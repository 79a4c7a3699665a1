/**
 * The complaint summary: plain text to paste into a complaint to the lender or to 12378 — the period, how
 * many contacts by channel and by problem, how many at night, then every entry in time order. All times are
 * China time. The wording comes from the UI strings, so the summary is in the reader's language.
 */
import { chinaClock, isQuietHours, ruleIds, type RuleId } from '@debtguide/shared/messages';
import { displayChinaTime } from '../message/china-time-input.ts';
import type { Channel, Entry } from './entry-schema.ts';
import { channelSchema } from './entry-schema.ts';

export type SummaryContext = {
  /** The UI strings lookup (`evidence.summary.*`, `evidence.channel.*`, `common.listSeparator`). */
  t: (key: string, vars?: Readonly<Record<string, string | number>>) => string;
  /** A rule's title in the reader's language. */
  ruleTitle: (id: RuleId) => string;
  /** When the summary is made. */
  now: Date;
};

/** Whether a contact happened between 22:00 and 08:00 China time. */
export function atNight(entry: Pick<Entry, 'at'>): boolean {
  try {
    return isQuietHours(chinaClock(entry.at));
  } catch {
    return false;
  }
}

/** How many entries per channel and per rule (rules counted once per entry), in their fixed orders. */
export function countEntries(entries: readonly Entry[]): { channels: Array<[Channel, number]>; rules: Array<[RuleId, number]> } {
  const channels = channelSchema.options
    .map((channel): [Channel, number] => [channel, entries.filter((entry) => entry.channel === channel).length])
    .filter(([, n]) => n > 0);
  const rules = ruleIds
    .map((rule): [RuleId, number] => [rule, entries.filter((entry) => entry.flags.some((flag) => flag.rule === rule)).length])
    .filter(([, n]) => n > 0);
  return { channels, rules };
}

function describeEntry(entry: Entry, index: number, context: SummaryContext): string[] {
  const { t, ruleTitle } = context;
  const lines = [`${index + 1}. ${displayChinaTime(entry.at)}  ${t(`evidence.channel.${entry.channel}`)}`];
  const indent = (label: string, text: string) => {
    if (text.trim() !== '') lines.push(`   ${t(label)}${text.replace(/\n/g, '\n   ')}`);
  };
  indent('evidence.summary.from', entry.from);
  indent('evidence.summary.who', [entry.name, entry.agency].filter(Boolean).join(t('common.listSeparator')));
  indent('evidence.summary.role', entry.role);
  indent('evidence.summary.said', entry.said);
  indent('evidence.summary.message', entry.message);
  const flags = entry.flags.map((flag) => `${ruleTitle(flag.rule)}${t('evidence.summary.quote', { text: flag.evidence })}`);
  indent('evidence.summary.flags', flags.join(t('common.listSeparator')));
  return lines;
}

/** The summary text for `entries` (any order; it is written oldest first). */
export function complaintSummary(entries: readonly Entry[], context: SummaryContext): string {
  const { t, ruleTitle } = context;
  const sorted = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const lines = [t('evidence.summary.title'), t('evidence.summary.generated', { time: displayChinaTime(context.now.toISOString()) }), ''];
  if (sorted.length === 0) return [...lines, t('evidence.summary.empty')].join('\n');
  const first = displayChinaTime(sorted[0]?.at ?? '').slice(0, 10);
  const last = displayChinaTime(sorted.at(-1)?.at ?? '').slice(0, 10);
  const { channels, rules } = countEntries(sorted);
  const count = (label: string, n: number) => t('evidence.summary.count', { label, n });
  const separator = t('common.listSeparator');
  lines.push(t('evidence.summary.period', { from: first, to: last, n: sorted.length }));
  lines.push(t('evidence.summary.byChannel', { list: channels.map(([c, n]) => count(t(`evidence.channel.${c}`), n)).join(separator) }));
  lines.push(t('evidence.summary.atNight', { n: sorted.filter(atNight).length }));
  lines.push(
    rules.length === 0
      ? t('evidence.summary.noFlags')
      : t('evidence.summary.byRule', { list: rules.map(([rule, n]) => count(ruleTitle(rule), n)).join(separator) }),
  );
  lines.push('', t('evidence.summary.entries'));
  sorted.forEach((entry, index) => lines.push(...describeEntry(entry, index, context)));
  return lines.join('\n');
}
