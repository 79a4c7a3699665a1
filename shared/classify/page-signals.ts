/**
 * The words that tell page kinds apart, as data. Matched on `foldForMatch` text (Simplified, lower-case),
 * so Traditional and full-width spellings count too. Each list says why it exists.
 */

/** A term and how much it counts; `negators` are words that, just before it, cancel it (未逾期). */
export type Signal = { term: string; weight: number };

/** The terms, each with this weight. */
export const w = (weight: number, ...terms: string[]): Signal[] => terms.map((term) => ({ term, weight }));

/** The page tells the borrower a payment is late (a lender's overdue page or a notice). */
export const overdueSignals: Signal[] = [
  ...w(3, '已逾期', '逾期本金', '逾期天数', '逾期金额', '当前已逾期', '逾期未还', 'is overdue', 'are overdue', 'past due', 'days overdue'),
  ...w(2, '逾期利息', '罚息', '逾期违约金', '逾期费用', '逾期记录', 'late fee', 'overdue'),
];

/** Words that cancel an overdue signal right before it: 未逾期 means not overdue. */
export const overdueNegators = ['未', '没有', '无', '不', '防止', '避免', 'not ', 'no '];

/** A demand for payment written by a collector, law firm or agency. */
export const collectionSignals: Signal[] = [
  ...w(3, '律师函', '催告', '催收通知', '催款通知', '催收函', '催款函', '预诉讼', '债权管理', '特此函告', '委托方', '受委托', '外访', '处理员', 'debt collection', 'collection notice', 'final notice', 'lawyer\'s letter'),
  ...w(2, '通知书', '欠款', '债权', '委托', '调解中心', '催收', '清偿', '紧急联系人', '工号', 'collector', 'outstanding debt'),
];

/**
 * The names of a legal-looking notice: on a look-alike host (a fake 律师函 or 立案通知 page) any one of these
 * makes the page a collection notice, whatever else it says.
 */
export const legalNoticeSignals: Signal[] = [
  ...w(3, '律师函', '律师告知函', '律师通知函', '立案通知', '立案告知', '催收函', '催款函', '催告函', '催告通知', '法务函', '诉前通知', '诉前调解通知', '起诉通知', '仲裁通知',
    '执行通知', '法院传票', '传票', '违约告知函', '逾期告知函', '债权转让通知', '委托催收', 'lawyer\'s letter', 'notice of legal action', 'final demand', 'letter before action'),
];

/** Someone selling debt "optimisation" for a fee. */
export const reliefSignals: Signal[] = [
  ...w(3, '停息挂账', '债务优化', '反催收', '代理协商', '债务规划', '全额停息', '只还本金', '协商老师', '上岸', '债务重组服务', 'debt relief service', 'stop interest'),
  ...w(2, '减免罚息', '停催', '协商分期', '个性化分期', '专业团队', '成功案例', '顾问', 'debt settlement'),
];

/** Evidence that the seller charges for it. */
export const feeSignals: Signal[] = [...w(2, '服务费', '咨询费', '收费', '前期费用', '后期服务费', '定金', '费用', 'service fee', ' fee ')];

/** A bill or repayment schedule of a loan. */
export const repaymentSignals: Signal[] = [
  ...w(3, '还款计划', '最后还款日', '账单详情', '本期应还', '应还合计', '应还金额', '待还款', '已结清', '应还日期', '还款日期', '账单周期', '还款状态', '借据号', '已出账', 'repayment schedule', 'amount due', 'payment due date', 'your statement'),
  ...w(2, '账单', '应还', '立即还款', '提前还款', '每期应还', '还款方式', 'repay'),
];

/** An offer: a limit, a term, an application button. */
export const offerSignals: Signal[] = [
  ...w(3, '最高可借', '立即申请', '申请条件', '借款期限', '额度测算', '最快1分钟', '放款', '最高可达', '分期', 'apply now', 'borrow up to', 'loan amount', 'credit limit',
    'instalment plan', 'installment plan', 'balance transfer', 'repayment period', 'representative example', 'flat rate'),
  ...w(2, '额度', '借款', '贷款', '随借随还', '申请', '利率', '按日计息', 'loan', 'borrow', 'apply', 'instalments', 'installments', 'tenor',
    'interest rate', 'handling fee', 'approval', 'preferential'),
];

/** Words that only credit has (not deposits or wealth products, which also quote 年利率): an offer needs one. */
export const creditWordSignals: Signal[] = [
  ...w(1, '贷', '借款', '借钱', '可借', '分期', '信用卡', '额度', '借呗', '花呗', '白条', '金条', 'loan', 'borrow', 'credit'),
];

/** Loan words of any kind; a page with none of these is never a lender page. */
export const loanContextSignals: Signal[] = [
  ...w(1, '贷', '借款', '借钱', '还款', '逾期', '欠款', '债', '催收', '停息', '分期', '利率', '账单', '额度', '信用卡', '借呗', '花呗', '白条', '金条', 'loan', 'repay', 'debt', 'credit card', 'interest rate'),
];

/** Someone writing ABOUT loans (news, forum, Q&A), not a lender or collector speaking to the borrower. */
export const commentarySignals: Signal[] = [
  ...w(3, '记者', '本报讯', '本报', '责任编辑', '据报道', '专家提醒', '专家表示', '楼主', '网友', '发帖', '相关新闻', '相关阅读', 'reporter', 'news agency'),
  ...w(2, '报道', '据悉', '据了解', '调查发现', '回复', '评论', '点赞', '分享到', '来源:', '编辑:', '新闻', '监管部门表示', 'comments'),
];

/** Writing that warns against debt-relief sellers rather than selling. */
export const scamWarningSignals: Signal[] = [
  ...w(3, '骗局', '警惕', '谨防', '上当', '揭秘', '不要相信', '切勿', 'scam'),
  ...w(2, '诈骗', '提醒', '曝光', 'beware'),
];

/** The text speaks to the reader (a notice or a message), as a demand does. */
export const readerAddressSignals: Signal[] = [
  ...w(1, '您', '你', '台端', '阁下', '贵方', '本人', 'you', 'your'),
];
