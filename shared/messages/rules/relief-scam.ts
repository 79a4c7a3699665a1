/** `relief-scam`: sells debt "optimisation", 停息挂账 or 反催收 services for a fee. */
import { defineRule } from '../rule-schema.ts';
import { NEGATED, anyOf, clauseGap, enGap, rx } from './fragments.ts';

/** The services these agents sell (a lender may mention some of them when offering its own free plan). */
const SERVICE = anyOf(
  '停息挂[账帐]', '停息分期', '全额停息', '停息', '挂[账帐]', '债务优化', '债务重组', '债务规划', '债务处理', '债务协商', '债务减免', '反催收',
  '代理协商', '代协商', '协商还款服务', '协商机构', '只还本金', '减免罚息', '罚息减免', '征信修复', '修复征信', '洗白征信', '信用修复', '逾期处理',
  '逾期协商', '网贷协商', '停催', '延期还款服务', '帮(?:你|您)上岸', '成功上岸', '代理投诉', '代投诉', '法务协商',
  '债务(?:化解|和解|延期)', '(?:优化|规划|化解|重组)(?:你|您)?(?:的)?债务', '(?:出|做|定制)(?:个|一个|一套)?(?:还款)?方案', '减免(?:利息|罚息|违约金|息费|债务|罚金)', '延期(?:还款)?(?:三年|\\d{1,2}年|\\d-\\d年)',
  '免息延期', '停(?:掉)?(?:高额)?(?:违约金|利息|罚息|息费)', '解决逾期', '逾期问题', '信用卡协商', '后端协商', '延迟还款', '结清(?:名下)?债务',
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

/** Outcomes no lender sells and no agent can deliver: credit "repair", debts wiped, success guaranteed. */
const PROMISE = anyOf(
  '洗白', '白回来', `(?:永久|彻底|一键|快速|直接)?(?:修复|清除|删除|消除|抹掉|下架)${clauseGap(2)}(?:征信|逾期记录|不良记录|逾期|记录|数据)`,
  '征信(?:修复|洗白|清零|异议申诉)', `(?:逾期)?(?:记录|数据|逾期)${clauseGap(4)}(?:可|能|也能|都能|都可以|可以)(?:申诉)?(?:修复|删除|消除|清除|下架)`,
  '大数据下架', '(?:债务|欠款)清零', '(?:百分百|100%|保证|包)(?:成功|上岸|解决|办成|协商成功|通过|退)', '百分百成功',
  `保证${clauseGap(4)}(?:不被|不会被|永不被)(?:起诉|催收)`, '不成功不收费', '成功(?:后)?(?:再)?(?:付|收)费', '先(?:咨询|办理|办事|退保?)后(?:收费|付费)',
  '(?:办|做)不成不收费', '折结清', '元化解', '化解\\d', '只还本金', '免除债务', '逼停催收', '停(?:掉|止)?(?:一系列)?催收', '停催停诉', '永不被起诉', `防止${clauseGap(2)}被起诉`,
  '规避(?:所有)?(?:的)?法律风险', `(?:开通|开放|开了)(?:了)?${clauseGap(4)}通道`, '通道(?:已|已经)?(?:开通|打开)', '(?:延期|分期|停息|减免|协商|退费)(?:新政|政策)',
  '(?:安全|成功|轻松|快速)?上岸', '停掉(?:高额)?(?:的)?(?:违约金|利息|罚息|息费|催收)', '停止高额(?:息费|利息|违约金)', '减债\\d', '免还本金', '(?:不用|无需|唔使|不必)还(?:债|钱|款)',
  `(?:消除|删除|清除|抹掉)${clauseGap(8)}(?:记录|数据|案件)`, '(?:永久|申诉|收费)修复', '盲目还款', `逾期${clauseGap(4)}自救`, '(?:利息|罚息|违约金)全免', '(?:全额|全部)减免', '一分(?:钱)?(?:都)?不用还',
  '(?:[一二三四五六七八九]|\\d(?:\\.\\d)?)折(?:还款|结清|还清)', '减免\\d{1,2}%', '利息全退', '退还(?:利息|服务费|会员费|担保费|息费)', '代(?:理)?维权', '帮(?:你|您)维权', '负债(?:突围|翻身)', '有福了', '不用还', '可先不还', '退息退费', '退费退息', '(?:网贷|信用卡)?退(?:息|费)(?:\\(本金\\))?', `(?:利息|罚息|罚金|违约金)${clauseGap(4)}(?:均能|都能|全部|统统)?减免`,
);

/** Who speaks: an agent offering to act for you (帮你, 专业团队, 法务, 加微信), not the lender. */
const AGENT = anyOf(
  '专业', '团队', '机构', '法务', '律所', '律师', '老师', '专员', '顾问', '帮(?:你|您|忙)', '替(?:你|您)', '为(?:你|您)', '教(?:你|您)', '我们(?:可以|能|会|具备)',
  '咨询', '(?:加|添加)(?:我)?(?:的)?(?:微信|vx|v信|qq)', '微信', '私信', '留下(?:联系方式|电话|联系)', '点击', '链接', '填写', '评论区', '主页', '在线', '一对一',
  '一站式', '方案', '统统', '均可', '都能', '所有(?:贷款)?平台', '各大', '名下', '真的来了', '新规', '新政', '国家政策', '万能', '话术', '一招', '方法', '自救',
  '收费', '付费', '服务费', '代(?:理|替)?协商',
);

/** The lender itself speaking of its own free plan (95533, 我行, 本平台 App). */
const LENDER_OWN = anyOf('我行', '本行', '本平台', '官方客服', '客服热线', '95\\d{3}', '该项服务免费', '免费(?:申请|办理)', '[\\u4e00-\\u9fff]{2,6}银行】');

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
  exemptWhen: [{ present: rx(LENDER_OWN), absent: rx(anyOf(PROMISE, '微信', 'vx', 'v信', 'qq', '私信', '专业团队', '法务', '律所', '(?<!不)收取')) }],
  patterns: [
    {
      name: 'a promise no lender makes (征信洗白, 不成功不收费, 债务清零, 安全上岸)',
      match: rx(PROMISE),
      exceptBefore: SERVICE_DENIED,
      exceptAfter: WARNED_AFTER,
      window: 16,
    },
    {
      name: 'debt relief offered by an agent (专业团队帮你优化债务, 加微信协商减免)',
      match: rx(SERVICE),
      exceptBefore: SERVICE_DENIED,
      exceptAfter: WARNED_AFTER,
      requires: { match: rx(AGENT), exceptBefore: SERVICE_DENIED },
      window: 24,
    },
    {
      name: 'a "legal team" for people in debt (法务老师24小时在线, 专业的法律团队联系你)',
      match: rx(anyOf('法务(?:老师|团队|专员|顾问)', '法律团队', '协商(?:老师|专员|团队)', '债务(?:顾问|规划师|管家)', '律师团队')),
      exceptBefore: SERVICE_DENIED,
      exceptAfter: WARNED_AFTER,
      requires: { match: rx(anyOf('逾期', '负债', '欠款', '债务', '信用卡', '网贷', '催收', '还款', '还不上')) },
      window: 16,
    },
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
      name: 'English: debts written off for those who reply (apply to have it wiped off, reply DEBT)',
      match: rx(anyOf(
        '\\b(?:have|get) (?:it|them|your debts?|debts?) (?:wiped|written|cleared) off\\b', '\\bwrite off (?:your|up to)\\b', '\\bdebt settlement order\\b',
        '\\breply debt\\b', '\\bgreen channel\\b', '\\bwe can (?:reduce|cut|freeze|clear) your (?:debts?|interest|loans?)\\b', '\\bpay (?:back )?only \\d{1,2}%', '\\bteach you (?:this|a|the) (?:method|trick|way)\\b', '\\bpay only (?:the )?principal\\b', '\\bstop paying interest\\b',
      )),
      exceptBefore: SERVICE_DENIED,
      window: 30,
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
