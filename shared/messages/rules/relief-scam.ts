/** `relief-scam`: sells debt "optimisation", 停息挂账 or 反催收 services for a fee. */
import { defineRule } from '../rule-schema.ts';
import { NEGATED, anyOf, clauseGap, enGap, rx } from './fragments.ts';

/** The services these agents sell (a lender may mention some of them when offering its own free plan). */
const SERVICE = anyOf(
  '停息挂[账帐]', '停息分期', '全额停息', '停息', '挂[账帐]', '债务优化', '债务重组', '债务规划', '债务处理', '债务协商', '债务减免', '反催收',
  '代理协商', '代协商', '协商还款服务', '协商机构', '只还本金', '减免罚息', '罚息减免', '征信修复', '修复征信', '洗白征信', '信用修复', '逾期处理',
  '逾期协商', '网贷协商', '停催', '延期还款服务', '帮(?:你|您)上岸', '成功上岸', '代理投诉', '代投诉', '法务协商',
);

/** What makes it a paid, private service: a fee, or a private channel to sign up. */
const FEE = anyOf(
  '服务费', '手续费', '咨询费', '代办费', '会员费', '中介费', '前期费用', '收费', '付费', '定金', '押金', '佣金', '办理费',
  '先咨询', '成功后(?:再)?(?:付|收)', '详询', '(?:加|添加|联系)(?:我)?(?:的)?(?:微信|vx|v信|qq|企业微信)', '微信[: ]?\\d', 'vx', 'v信',
  '名额有限', `(?:仅需|只需|只要|收取|缴纳|支付|交)${clauseGap(4)}\\d{1,6}(?:\\.\\d{1,2})?元`, '\\d{1,6}元起',
);

/** The fee is denied: 全程免费, 不收取任何费用, 请勿相信收费的…. */
const FEE_DENIED = rx(anyOf(NEGATED.source, '免', '不收', '无需', '无须', '不需', '零', '没有任何', '不用', '不会'));

/** A warning that follows the service's name: 以“停息挂账”为名收取服务费，请勿相信. */
const WARNED_AFTER = rx(anyOf('为名', '名义', '幌子', '旗号', '请勿', '切勿', '不要相信', '谨防', '诈骗', '骗局', '冒充', '不法'));

/** A lender speaking of its own plan, or warning against agents: 请勿相信收费的“代理协商”. */
const SERVICE_DENIED = rx(anyOf(NEGATED.source, '谨防', '不法', '假冒', '冒充', '假借', '打着', '所谓'));

export const reliefScamRule = defineRule({
  id: 'relief-scam',
  title: { 'zh-hans': '收费"停息挂账""债务优化"服务', en: 'Paid debt-relief scheme' },
  reason: {
    'zh-hans':
      '"停息挂账"是俗称，不是法律术语。困难时可以直接免费向放贷机构申请延期、分期或减免；信用卡可与银行协商最长5年的个性化分期，' +
      '由银行自行决定，没有中介能"保证"办成。收费的代理协商、反催收机构常常收了钱不办事，还会拿走你的个人信息；' +
      '非法中介可向12315举报。',
    en:
      '"停息挂账" (stopping interest and parking the debt) is a popular name, not a legal term. You can ask your ' +
      'lender directly, for free, for a deferral, instalments or a reduction; for credit cards the bank may agree ' +
      'an individual instalment plan of up to five years at its discretion, and no agent can guarantee it. Paid ' +
      '"negotiation" and "anti-collection" agents often take the fee without delivering, and collect your personal ' +
      'data. Illegal loan brokers can be reported to 12315.',
  },
  law: [
    { document: '《商业银行信用卡业务监督管理办法》（2011）', article: '第70条', confidence: 'secondary', binding: 'regulation' },
  ],
  guides: ['scenarios/relief-scam-offer'],
  patterns: [
    {
      name: 'debt service plus a fee (停息挂账…先咨询后收费)',
      match: rx(SERVICE),
      exceptBefore: SERVICE_DENIED,
      exceptAfter: WARNED_AFTER,
      requires: { match: rx(FEE), exceptBefore: FEE_DENIED },
      window: 24,
    },
    {
      name: 'English: paid debt relief',
      match: rx(
        '\\b(?:debt (?:relief|optimi[sz]ation|settlement|negotiation|restructuring)|stop (?:all )?(?:collection|debt collector) calls|',
        'anti-collection|interest freeze|credit repair)\\b',
      ),
      exceptBefore: SERVICE_DENIED,
      requires: {
        match: rx(`\\b(?:fee|fees|charge|charges|deposit|only (?:rmb|¥|\\$|cny)|add (?:us|me) on wechat|contact us on wechat|limited places)\\b`),
        exceptBefore: rx(anyOf(FEE_DENIED.source, '\\bfree\\b', '\\bno\\b', '\\bwithout\\b')),
      },
      window: 30,
    },
    {
      name: 'paid service offer (专业团队帮您…服务费)',
      match: rx(anyOf('专业团队', '专业律师团队', '一对一'), clauseGap(12), anyOf('协商', '分期', '减免', '停催', '处理逾期', '延期')),
      exceptBefore: SERVICE_DENIED,
      requires: { match: rx(FEE), exceptBefore: FEE_DENIED },
      window: 12,
    },
    {
      name: 'English: paid help with collectors',
      match: rx('\\b(?:we|our team) (?:can )?(?:help|negotiate|get)\\b', enGap(30), '\\b(?:collectors?|lenders?|interest|penalt(?:y|ies))\\b'),
      exceptBefore: SERVICE_DENIED,
      requires: {
        match: rx(`\\b(?:service fee|fee of|for only|only (?:rmb|¥|\\$|cny)|add (?:us|me) on wechat)\\b`),
        exceptBefore: rx(anyOf(FEE_DENIED.source, '\\bfree\\b', '\\bno\\b', '\\bwithout\\b')),
      },
      window: 30,
    },
  ],
});
