import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../text/normalize.ts';
import { ruleIds } from '../rule-schema.ts';
import { messageRules } from './index.ts';

/** CONTRACT §2 slugs a message flag may point to. */
const CONTRACT_SLUGS = new Set(
  `rights/collection-conduct rights/contact-hours rights/third-party-contact rights/privacy rights/home-visits
  rights/third-party-agencies rights/fake-legal-threats rights/interest-limits rights/credit-report rights/lawsuits
  rights/criminal-liability-myths rights/limitation-period hardship/negotiated-repayment hardship/personalized-installments
  hardship/deferral hardship/penalty-reduction hardship/prioritising-debts hardship/cannot-pay channels/lender-complaint
  channels/nfra-12378 channels/pboc-12363 channels/police-110 channels/telecom-12321 channels/nifa-report
  channels/financial-mediation scenarios/collector-threatens scenarios/contacts-my-family scenarios/home-visit-announced
  scenarios/third-party-agency-calls scenarios/lawyer-letter scenarios/sued-by-lender scenarios/relief-scam-offer
  scenarios/platform-closed scenarios/first-missed-payment letters/hardship-request letters/complaint-12378
  letters/credit-objection letters/stop-third-party-contact tools/apr-calculator tools/message-checker`.split(/\s+/),
);

/** Every regex a rule carries, labelled. */
function regexesOf(rule: (typeof messageRules)[number]): Array<[string, RegExp]> {
  const out: Array<[string, RegExp]> = [];
  for (const p of rule.patterns) {
    out.push([`${p.name} match`, p.match]);
    if (p.exceptBefore) out.push([`${p.name} exceptBefore`, p.exceptBefore]);
    if (p.exceptAfter) out.push([`${p.name} exceptAfter`, p.exceptAfter]);
    if (p.requires) out.push([`${p.name} requires`, p.requires.match]);
    if (p.requires?.exceptBefore) out.push([`${p.name} requires.exceptBefore`, p.requires.exceptBefore]);
  }
  rule.exemptWhen.forEach((e, i) => {
    out.push([`exempt ${i} present`, e.present]);
    if (e.absent) out.push([`exempt ${i} absent`, e.absent]);
  });
  return out;
}

describe('messageRules', () => {
  it('lists the nine ids in CONTRACT order', () => {
    expect(messageRules.map((r) => r.id)).toEqual([...ruleIds]);
  });

  it.each(messageRules.map((r) => [r.id, r] as const))('%s points only to CONTRACT guides', (_id, rule) => {
    for (const g of rule.guides) expect(CONTRACT_SLUGS.has(g), g).toBe(true);
  });

  it.each(messageRules.map((r) => [r.id, r] as const))('%s cites law honestly', (_id, rule) => {
    for (const law of rule.law) {
      if (/协会/.test(law.document)) expect(law.binding).toBe('industry-code');
      if (/自律公约/.test(law.document)) expect(law.confidence).toBe('unverified');
      if (law.confidence === 'unverified') expect(law.article).toBeUndefined();
    }
    if (rule.law.length === 0) expect(rule.reason.en).toMatch(/no specific legal article/);
    if (rule.law.length > 0 && rule.law.every((l) => l.binding === 'industry-code')) expect(rule.reason.en).toMatch(/industry/);
  });

  it.each(messageRules.map((r) => [r.id, r] as const))('%s has patterns unless it is judged by time', (_id, rule) => {
    expect(rule.patterns.length > 0).toBe(rule.kind === 'text');
  });

  const all = messageRules.flatMap((r) => regexesOf(r).map(([label, re]) => [`${r.id}: ${label}`, re] as const));

  it.each(all)('%s is linear-time, written for folded text and never matches empty', (_label, re) => {
    expect(re.flags).not.toMatch(/[gy]/);
    // Bounded quantifiers only: no * or + and no open-ended {n,}.
    expect(re.source).not.toMatch(/(?<!\\)[*+]/);
    expect(re.source).not.toMatch(/\{\d+,\}/);
    // Folded text is Simplified, half-width and lower-case, so a pattern must be too.
    const literal = re.source.replace(/\\./g, '');
    expect(foldForMatch(literal)).toBe(literal);
    expect(re.test('')).toBe(false);
  });
});
