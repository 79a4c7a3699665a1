/** The home page's first screen: the reader's situation in their own words, each leading to one page. */
import type { StringKey } from '../i18n/strings.ts';

export type TriageEntry = { slug: string; label: StringKey; hint: StringKey; tone: 'danger' | 'calm' | 'tool' };

export const TRIAGE: readonly TriageEntry[] = [
  { slug: 'scenarios/collector-threatens', label: 'triage.threatens', hint: 'triage.threatens.hint', tone: 'danger' },
  { slug: 'scenarios/contacts-my-family', label: 'triage.family', hint: 'triage.family.hint', tone: 'danger' },
  { slug: 'scenarios/home-visit-announced', label: 'triage.home', hint: 'triage.home.hint', tone: 'danger' },
  { slug: 'hardship/cannot-pay', label: 'triage.cannotPay', hint: 'triage.cannotPay.hint', tone: 'calm' },
  { slug: 'tools/message-checker', label: 'triage.message', hint: 'triage.message.hint', tone: 'tool' },
  { slug: 'tools/apr-calculator', label: 'triage.apr', hint: 'triage.apr.hint', tone: 'tool' },
];

/** The page the reassurance line under the home heading links to. */
export const CALM_SLUG = 'rights/criminal-liability-myths';
