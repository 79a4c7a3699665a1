import { describe, expect, it } from 'vitest';
import type { MessageFlag } from '@debtguide/shared/messages';
import type { GuideText, RuleText } from './bundled-texts.ts';
import { MAX_FLAG_POINTS, MAX_POINTS, pagePoints } from './page-points.ts';

const guide = (slug: string): GuideText => ({ title: `T ${slug}`, summary: `S ${slug}` });
const SLUGS = [
  'products/mybank-wangshangdai', 'lenders/mybank', 'scenarios/first-missed-payment', 'rights/credit-report', 'hardship/negotiated-repayment',
  'hardship/deferral', 'rights/collection-conduct', 'channels/lender-complaint', 'tools/apr-calculator', 'rights/interest-limits',
  'hardship/personalized-installments', 'hardship/prioritising-debts', 'scenarios/relief-scam-offer', 'scenarios/third-party-agency-calls',
  'rights/fake-legal-threats', 'channels/nfra-12378', 'scenarios/contacts-my-family', 'rights/third-party-contact', 'scenarios/collector-threatens',
  'channels/police-110',
];
const guides = Object.fromEntries(SLUGS.map((slug) => [slug, guide(slug)]));
const rule = (id: string): RuleText => ({ title: `R ${id}`, reason: `why ${id}`, law: [] });
const rules = Object.fromEntries(['threat', 'contacts-third-parties', 'impersonates-authority', 'false-consequence', 'relief-scam'].map((id) => [id, rule(id)]));

describe('pagePoints', () => {
  it('overdue: what happens next, rights, hardship, where to complain, the product', () => {
    const points = pagePoints(
      {
        pageKind: 'overdue',
        guides: ['products/mybank-wangshangdai', 'lenders/mybank', 'scenarios/first-missed-payment', 'rights/credit-report', 'hardship/negotiated-repayment', 'hardship/deferral', 'rights/collection-conduct', 'channels/lender-complaint'],
        flags: [],
      },
      guides,
      rules,
    );
    expect(points.map((p) => [p.role, p.slug])).toEqual([
      ['next', 'scenarios/first-missed-payment'],
      ['rights', 'rights/credit-report'],
      ['options', 'hardship/negotiated-repayment'],
      ['complain', 'channels/lender-complaint'],
      ['product', 'products/mybank-wangshangdai'],
    ]);
    expect(points[0]).toEqual({ role: 'next', slug: 'scenarios/first-missed-payment', title: 'T scenarios/first-missed-payment', text: 'S scenarios/first-missed-payment' });
  });

  it('collection notice: the flags with their evidence first, then what to do and where to complain', () => {
    const points = pagePoints(
      {
        pageKind: 'collection-notice',
        guides: ['rights/collection-conduct', 'scenarios/third-party-agency-calls', 'rights/fake-legal-threats', 'channels/nfra-12378'],
        flags: [
          { rule: 'contacts-third-parties', evidence: '联系你的紧急联系人', guides: ['scenarios/contacts-my-family', 'rights/third-party-contact'] },
          { rule: 'impersonates-authority', evidence: '已立案', guides: ['rights/fake-legal-threats'] },
        ],
      },
      guides,
      rules,
    );
    expect(points.map((p) => p.role)).toEqual(['flag', 'flag', 'next', 'complain', 'rights']);
    expect(points[0]).toMatchObject({ title: 'R contacts-third-parties', text: 'why contacts-third-parties', evidence: '联系你的紧急联系人', slug: 'scenarios/contacts-my-family' });
    expect(points[3]?.slug).toBe('channels/nfra-12378');
  });

  it('collection notice with many flags: at most three, and still where to complain', () => {
    const flags: Pick<MessageFlag, 'rule' | 'evidence' | 'guides'>[] = [
      { rule: 'threat', evidence: '打断你的腿', guides: ['scenarios/collector-threatens', 'channels/police-110'] },
      { rule: 'contacts-third-parties', evidence: '通知你的家人', guides: ['scenarios/contacts-my-family', 'rights/third-party-contact'] },
      { rule: 'impersonates-authority', evidence: '已立案', guides: ['rights/fake-legal-threats'] },
      { rule: 'false-consequence', evidence: '坐牢', guides: ['rights/fake-legal-threats'] },
    ];
    const points = pagePoints({ pageKind: 'collection-notice', guides: ['scenarios/third-party-agency-calls', 'channels/nfra-12378', 'rights/collection-conduct'], flags }, guides, rules);
    expect(points.filter((p) => p.role === 'flag')).toHaveLength(MAX_FLAG_POINTS);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(points.some((p) => p.role === 'complain')).toBe(true);
  });

  it('relief scam: a warning and why, then the free ways', () => {
    const points = pagePoints(
      { pageKind: 'relief-scam', guides: ['scenarios/relief-scam-offer', 'hardship/negotiated-repayment', 'hardship/personalized-installments'], flags: [] },
      guides,
      rules,
    );
    expect(points.map((p) => [p.role, p.slug])).toEqual([
      ['warning', 'scenarios/relief-scam-offer'],
      ['free', 'hardship/negotiated-repayment'],
      ['free', 'hardship/personalized-installments'],
    ]);
    expect(points[0]).toMatchObject({ title: 'R relief-scam', text: 'why relief-scam' });
  });

  it('loan offer: the true cost and the interest limits', () => {
    const points = pagePoints({ pageKind: 'loan-offer', guides: ['products/mybank-wangshangdai', 'lenders/mybank', 'tools/apr-calculator', 'rights/interest-limits'], flags: [] }, guides, rules);
    expect(points.map((p) => p.role)).toEqual(['cost', 'limits', 'product', 'lender']);
  });

  it('repayment: the true cost and the hardship options', () => {
    const points = pagePoints(
      { pageKind: 'repayment', guides: ['products/mybank-wangshangdai', 'lenders/mybank', 'tools/apr-calculator', 'hardship/personalized-installments', 'hardship/prioritising-debts'], flags: [] },
      guides,
      rules,
    );
    expect(points.map((p) => [p.role, p.slug])).toEqual([
      ['cost', 'tools/apr-calculator'],
      ['options', 'hardship/personalized-installments'],
      ['options', 'hardship/prioritising-debts'],
      ['product', 'products/mybank-wangshangdai'],
    ]);
  });

  it('skips guides it has no text for and never repeats a guide', () => {
    const points = pagePoints({ pageKind: 'overdue', guides: ['scenarios/unknown', 'scenarios/first-missed-payment', 'rights/credit-report'], flags: [] }, guides, rules);
    expect(points.map((p) => p.slug)).toEqual(['scenarios/first-missed-payment', 'rights/credit-report']);
  });
});
