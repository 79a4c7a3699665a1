/** `personal-account`: asks for payment into a personal or unofficial account. */
import { defineRule } from '../rule-schema.ts';
import { NEGATED, WARNING_AFTER, anyOf, clauseGap, enGap, rx, sentenceGap } from './fragments.ts';

/** An account or payment handle. */
const ACCOUNT = anyOf('[账帐]户', '[账帐]号', '银行卡', '卡号', '收款码', '二维码', '卡(?!片|通|券|顿)');
/** A payment handle on a wallet app. */
const WALLET = anyOf('支付宝', '微信', '财付通', 'qq钱包', '云闪付');
/** Someone other than the lender: the collector, a named employee, "finance". */
const PERSON = anyOf('我', '我的', '我个人', '他', '她', '他的', '她的', '财务', '经理', '专员', '业务员', '同事', '老板', '主管');
/** Moving money. */
const PAY = anyOf('转', '打', '汇', '付', '还', '存', '充', '扫');

/** Denied or warned against; or it is the borrower's own account (您名下个人账户). */
const NOT_A_REQUEST = rx(anyOf(NEGATED.source, '(?:你|您)(?:本人)?(?:名下)?(?:的)?$', '\\byour (?:own )?$', '登录', '登陆', '进入', '绑定'));

/** Names that are institutions, not people. */
const INSTITUTION = anyOf('公司', '银行', '有限', '集团', '中心', '机构', '分行', '支行', '合伙', '事务所', '股份', '金融', '小贷', '保理');

export const personalAccountRule = defineRule({
  id: 'personal-account',
  title: { 'zh-hans': '要求转账到个人账户', en: 'Payment to a personal account' },
  reason: {
    'zh-hans':
      '正规机构只通过自己的App或以机构名义开立的对公账户收款。转到催收员或"财务"的个人银行卡、支付宝、微信，' +
      '钱可能根本到不了放贷机构，欠款也不会减少，这也是常见的诈骗手法。请只在官方App或官方渠道还款，并保留凭证；' +
      '法律上，借款人应按合同约定的方式还款（《民法典》第509条）；没有哪条规定要求你向个人账户付款。',
    en:
      'Real lenders take payment only in their own app or into an account in the institution\'s name. Money sent ' +
      'to a collector\'s or "finance officer\'s" personal bank card, Alipay or WeChat may never reach the lender, ' +
      'so your debt does not go down, and it is a common scam. Pay only through official channels and keep the ' +
      'receipt. In law you repay the way your contract says (Civil Code Art. 509); no rule obliges you to pay a person.',
  },
  law: [{ document: '《民法典》', article: '第509条', confidence: 'verified', binding: 'law', quote: ['当事人应当按照约定全面履行自己的义务。'] }],
  guides: ['rights/collection-conduct', 'channels/lender-complaint'],
  patterns: [
    {
      name: 'personal account or card (个人账户, 个人卡)',
      match: rx(anyOf(
        `${anyOf('个人', '私人', '私户', '员工', '业务员', '专员', '财务')}(?:的)?(?:收款)?${ACCOUNT}`, `(?:个人|私人)(?:收款)?号(?!码)`,
      )),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: rx(anyOf(WARNING_AFTER.source, '^(?:个人|私人)[账帐]号(?:登录|中心|信息|设置|安全|页面)')),
      window: 16,
    },
    {
      name: 'pay into my Alipay or card (转我支付宝)',
      match: rx(PAY, '(?:款|钱|账)?(?:到|给|进|入|至)?', PERSON, '(?:的)?(?:个人)?(?:的)?', anyOf(WALLET, ACCOUNT, '卡上', '卡里')),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
    },
    {
      name: 'personal wallet next to a payment word (个人支付宝…转账)',
      match: rx(anyOf(
        `${PAY}${clauseGap(10)}(?:个人|私人)(?:的)?${WALLET}`,
        `(?:个人|私人)(?:的)?${WALLET}(?:号)?${sentenceGap(12)}${anyOf('转账', '付款', '收款', '打款', '还款', '转给', '打给', '汇款')}`,
      )),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
    },
    {
      name: 'pay into an account given in the message (转到这个支付宝账户, 打到下面这张卡)',
      match: rx(PAY, '(?:款|钱|账)?', clauseGap(4), anyOf('到', '给', '进', '入', '至'), anyOf('这个', '这张', '此', '下面(?:的|这个|这张)?', '以下', '如下', '下列'), clauseGap(2), anyOf(WALLET, ACCOUNT)),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
    },
    {
      name: 'a QR code or account number to pay into (扫这个码还款, 支付宝账号：138…)',
      match: rx(anyOf(
        `扫(?:我的|这个|下面的|此)?(?:码|二维码|收款码)${clauseGap(4)}(?:还款|转账|付款|支付|还钱)`,
        `${anyOf('支付宝', '微信', '银行卡', '卡号')}(?:账号|帐号|号)?: ?\\d`,
      )),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
    },
    {
      name: 'transfer to me (转给我, 微信转我)',
      match: rx(anyOf(
        `(?:${WALLET}|银行卡)${anyOf('转', '付', '打款', '转账')}(?:给)?我(?![们司行方部])`,
        `${anyOf('转', '汇', '转账', '打款')}给?我(?![们司行方部])${clauseGap(8)}${anyOf('支付宝', '微信', '银行卡', '卡上', '就行', '就可以', '即可', '\\d{4}')}`,
      )),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
    },
    {
      name: 'the account is mine (二维码…是我个人的)',
      match: rx(anyOf('二维码', '收款码', '[账帐]户', '[账帐]号', '卡', '支付宝', '微信'), sentenceGap(16), '是我(?:个人|私人|自己)的(?:[账帐]户|卡|码|号)?(?![\\u4e00-\\u9fff])'),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
    },
    {
      name: 'account in a person\'s name (户名李某)',
      match: rx(
        anyOf('户名', '收款人', '开户名', '收款户名'), '[: ]{0,2}(?:为|是)?',
        '(?!您|你|本人|借款人|姓名|名称|信息|须|需|必须|应|与|一致)', `(?![\\u4e00-\\u9fff]{0,16}${INSTITUTION})`, '[\\u4e00-\\u9fff]{2,4}',
      ),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
    },
    {
      name: 'English: my / a personal account',
      match: rx(anyOf(
        `\\b(?:pay|paying|transfer|send|deposit|wire|remit)\\b${enGap(20)}\\b(?:my|his|her|our agent's|a staff)\\b(?:\\s(?:own|personal|bank|alipay|wechat))?\\s(?:account|card|bank card|alipay|wechat(?: pay)?|paypal|wallet)\\b`,
        '\\b(?:personal|private|individual)\\s(?:bank\\s)?(?:account|card|alipay|wechat(?: pay)?|paypal|wallet)\\b',
      )),
      exceptBefore: NOT_A_REQUEST,
      exceptAfter: WARNING_AFTER,
      window: 30,
    },
  ],
});
