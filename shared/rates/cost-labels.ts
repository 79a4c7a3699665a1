/**
 * The words that introduce the amounts of a loan on a page (CONTRACT §4b), as data: the amount on the
 * contract, what reaches the borrower, each instalment, the number of instalments, and the fees with the
 * words that say when a fee is paid. All folded (Simplified, half-width, lower case: see foldForMatch) so
 * Traditional and full-width pages match them too; 到帳 folds to 到帐, so both spellings are listed.
 */
import { phraseTable, wordTable } from './phrase-table.ts';

/** What an amount on the page is. */
export type AmountRole = 'principal' | 'received' | 'disbursed' | 'instalment' | 'first-instalment' | 'fee' | 'terms';

const ROLES: Record<AmountRole, readonly string[]> = {
  principal: [
    '借款金额', '贷款金额', '借款本金', '贷款本金', '合同金额', '借款合同金额', '申请金额', '借款总额', '分期金额', '分期本金', '借款',
    'loan amount', 'amount borrowed', 'amount of the loan', 'loan principal', 'principal amount', 'principal', 'instalment plan amount',
    'installment plan amount', 'approved loan amount', 'a loan of', 'you borrow', 'borrow',
  ],
  received: [
    '到账金额', '实际到账', '实际到账金额', '到帐金额', '实际到帐', '实际到帐金额', '实到金额', '实际到手', '到手金额', '实际放款金额', '实际放款', '实收金额', '实际收到', '实际可得',
    'you receive', "you'll receive", 'you will receive', 'you get', 'amount received', 'amount you receive', 'amount credited',
    'credited to your account', 'net amount', 'net disbursement', 'actually received',
  ],
  disbursed: ['放款金额', '发放金额', '放款', 'amount disbursed', 'disbursed amount'],
  instalment: [
    '每期应还', '每期应还金额', '每期还款', '每期还款额', '每期还款金额', '每月应还', '每月应还金额', '每月还款', '每月还款额', '每月还款金额',
    '月供', '月还款额', '每期本息', '每月本息', '每期需还', '每月需还', '期供', '每期',
    'monthly repayment', 'monthly repayment amount', 'monthly instalment', 'monthly installment', 'monthly payment', 'each instalment',
    'each installment', 'instalment amount', 'installment amount', 'repayment per month', 'repayment per instalment',
  ],
  'first-instalment': ['首期应还', '首期还款', '首月应还', '首月还款', '第1期应还', '第一期应还', 'first instalment', 'first installment', 'first repayment', 'first payment'],
  fee: [
    '服务费', '手续费', '会员费', '咨询费', '担保费', '保险费', '保费', '管理费', '审核费', '砍头息', '平台费', '信息服务费', '技术服务费', '权益费',
    '会员权益', '加速费', 'service fee', 'processing fee', 'handling fee', 'arrangement fee', 'membership fee',
    'membership', 'guarantee fee', 'insurance fee', 'insurance premium', 'admin fee', 'administration fee', 'platform fee', 'upfront fee',
    'origination fee',
  ],
  terms: [
    '期数', '还款期数', '分期期数', '借款期限', '贷款期限', '期限', '分期', '共', 'term', 'loan term', 'tenor', 'repayment period',
    'no. of instalments', 'no. of instalment', 'number of instalments', 'no. of installments', 'number of installments',
  ],
};

/** Every label with its role; longest first at each position. */
export const AMOUNT_LABELS = phraseTable<AmountRole>(
  (Object.entries(ROLES) as Array<[AmountRole, readonly string[]]>).flatMap(([role, labels]) => labels.map((label) => [label, role] as const)),
);

const GAP_WORDS = ['为', '是', '共', '合计', '(元)', '(人民币)', '人民币', 'of', 'is', 'are', 'amount'];

/** Words allowed between a label and its amount (借款金额：10,000元, "loan amount of ¥10,000"). */
export const AMOUNT_GAP_WORDS = wordTable(GAP_WORDS);

/** Between a fee and its amount, the words that say it is paid each time may come too (担保费：每期60元). */
export const FEE_GAP_WORDS = wordTable([...GAP_WORDS, '每期', '每月', '按月', '按期', '每个月', '月付', 'per month', 'each month', 'monthly', 'a month']);

/** Before a label or its amount, these make it no instalment of this loan (最低还款, 低至, 约). */
export const NOT_EXACT = wordTable(['最低', '低至', '最少', '约', '大约', '起', 'minimum', 'as low as', 'from', 'about', 'approx', 'up to', '最高', '最多', '不超过']);

/** A fee near these words is paid with each instalment (每期担保费, 会员费 30元/月). */
export const PER_INSTALMENT = wordTable([
  '每期', '每月', '/期', '/月', '按月', '按期', '月付', '随每期', '随还款', '随月供', '每个月',
  'per month', 'a month', 'each month', 'per instalment', 'per installment', 'monthly', 'with each', 'every month',
]);

/** A fee near these words is taken at payout or paid before it (砍头息, 放款时扣除, 开通会员后放款). */
export const AT_PAYOUT = wordTable([
  '放款时', '放款前', '到账前', '借款前', '一次性', '预先', '预扣', '先扣', '扣除', '扣减', '从借款', '从本金', '从贷款', '开通', '先付', '先支付',
  '砍头息', '提前收取', '放款后', '首付',
  'deducted', 'upfront', 'up front', 'up-front', 'at payout', 'before payout', 'one-off', 'one-time', 'before the loan', 'taken from',
  'before the money', 'at drawdown', 'on drawdown',
]);

/** A fee near these words is already inside the instalments shown (已含在月供中, included). */
export const ALREADY_INCLUDED = wordTable(['(含', ',含', '已含', '已包含', '含在', '包含在', '包括在', '计入每期', 'included', 'including', 'inclusive', 'incl.']);

/** A fee near these words is not part of the plan: it is paid only if something goes wrong or changes. */
export const CONTINGENT = wordTable([
  '提前还款', '提前结清', '逾期', '违约', '罚', '滞纳', '退款', '取消', 'late', 'early repayment', 'prepayment', 'overdue', 'penalty', 'default',
  'cancel', 'refund',
]);
