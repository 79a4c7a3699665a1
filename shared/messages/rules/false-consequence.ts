/** `false-consequence`: consequences the law does not attach to an ordinary unpaid debt. */
import { defineRule } from '../rule-schema.ts';
import { GENUINE_COURT_DOCUMENT, NEGATED, NEGATED_OR_HEDGED, anyOf, clauseGap, enGap, rx, sentenceGap } from './fragments.ts';

/** Saying it is not so: 不会坐牢, 不构成诈骗, 不等于犯罪. */
const DENIED = rx(anyOf(NEGATED.source, '不是', '不构成', '不等于', '不属于', '不算', '不涉及', '没有'));

const FAMILY = anyOf('孩子', '子女', '小孩', '后代', '下一代', '儿女', '全家', '家人', '家里人');
const FAMILY_FUTURE = anyOf('考公', '公务员', '政审', '上学', '上大学', '就学', '考学', '读书', '入学', '升学', '参军', '当兵', '出国', '考编', '找工作', '就业', '入党');
/** People the debt is not theirs to pay, as a message to them or about them names them. */
const NOT_LIABLE = anyOf('亲属', '亲友', '亲人', '家人', '家里人', '家属', '朋友', '联系人', '紧急联系人', '双方', '家庭', '全家', '父母', '爸妈');

export const falseConsequenceRule = defineRule({
  id: 'false-consequence',
  title: { 'zh-hans': '虚构不存在的后果', en: 'Made-up consequences' },
  reason: {
    'zh-hans':
      '普通欠款还不上是民事纠纷，不会因此坐牢、被抓，也不是"诈骗"。例外很窄：信用卡以非法占有为目的透支、经银行两次有效催收后' +
      '超过3个月仍不还（恶意透支，《刑法》第196条和两高解释第6条）；借款时编造理由、用假材料骗贷（第193条）；对法院判决' +
      '有能力执行而拒不执行（第313条）。真实的后果是：罚息、逾期记录报送征信（自不良行为终止之日起保留5年），以及可能被起诉' +
      '。冻结、查封只能由法院裁定：诉讼中甚至起诉前法院可以保全，仲裁裁决和公证债权文书也能直接申请执行，但都会有法院文书，催收' +
      '方自己不能"三天内强制执行"；也不存在让你孩子不能上学、考公的"催收黑名单"。用虚假后果恐吓属于被禁止的催收手段。',
    en:
      'An ordinary unpaid debt is a civil matter: you do not go to jail or get arrested for it, and it is not ' +
      '"fraud". The exceptions are narrow: overdrawing a credit card intending not to repay and still not paying ' +
      'more than 3 months after two effective demands from the bank (malicious overdraft, Criminal Law Art. 196 ' +
      'and the card-crime interpretation Art. 6); getting a loan with invented reasons or false papers (Art. ' +
      '193); refusing to obey a court judgment you are able to obey (Art. 313). The real consequences are ' +
      'penalty interest, a credit-report record (kept five years from when the default ends) and possibly a ' +
      'lawsuit. Only a court can order a freeze or seizure: during a suit or even before one, or to enforce an ' +
      'arbitration award or a notarised debt document, always with court papers; a collector cannot "enforce ' +
      'within three days", and no collection "blacklist" stops your children from going to school. Scaring you ' +
      'with false consequences is a banned collection method.',
  },
  law: [
    {
      document: '《征信业管理条例》',
      article: '第15条、第16条',
      confidence: 'verified',
      binding: 'regulation',
      quote: ['信息提供者向征信机构提供个人不良信息，应当事先告知信息主体本人。', '征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。'],
    },
    {
      document: '《刑法》',
      article: '第193条、第196条、第313条',
      confidence: 'verified',
      binding: 'law',
      quote: ['以非法占有为目的，诈骗银行或者其他金融机构的贷款，数额较大的', '前款所称恶意透支，是指持卡人以非法占有为目的，超过规定限额或者规定期限透支，并且经发卡银行催收后仍不归还的行为。', '对人民法院的判决、裁定有能力执行而拒不执行，情节严重的'],
    },
    {
      document: '《最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》',
      article: '第6条',
      confidence: 'verified',
      binding: 'judicial-interpretation',
      quote: ['持卡人以非法占有为目的，超过规定限额或者规定期限透支，经发卡银行两次有效催收后超过三个月仍不归还的，应当认定为刑法第一百九十六条规定的‘恶意透支’。'],
    },
    {
      document: '《民事诉讼法》',
      article: '第103条、第104条、第248条、第249条',
      confidence: 'verified',
      binding: 'law',
      quote: ['根据对方当事人的申请，可以裁定对其财产进行保全', '可以在提起诉讼或者申请仲裁前向被保全财产所在地、被申请人住所地或者对案件有管辖权的人民法院申请采取保全措施', '对依法设立的仲裁机构的裁决，一方当事人不履行的，对方当事人可以向有管辖权的人民法院申请执行。', '对公证机关依法赋予强制执行效力的债权文书，一方当事人不履行的，对方当事人可以向有管辖权的人民法院申请执行'],
    },
    {
      document: '《治安管理处罚法》（2025年修订，2026年1月1日起施行）',
      article: '第50条',
      confidence: 'verified',
      binding: 'law',
      quote: ['有下列行为之一的，处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款：……（五）多次发送淫秽、侮辱、恐吓等信息或者采取滋扰、纠缠、跟踪等方法，干扰他人正常生活的；'],
    },
    { document: '国家金融监督管理总局《消费金融公司管理办法》（2024）', confidence: 'secondary', binding: 'regulation' },
    { document: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018）', confidence: 'unverified', binding: 'industry-code' },
  ],
  guides: ['rights/criminal-liability-myths', 'rights/fake-legal-threats'],
  exemptWhen: GENUINE_COURT_DOCUMENT,
  patterns: [
    {
      name: 'jail or arrest (坐牢, 判刑, 上门抓捕)',
      match: rx(anyOf(
        '坐牢', '判刑', '入狱', '牢狱', '进监狱', '蹲监狱', '蹲大牢', '牢饭', '坐监', '劳改', '刑拘', '刑事拘留', '拘留', '逮捕', '抓捕', '批捕',
        '抓人', '抓你', '抓走', '被抓', '终身(?:不能|无法|禁止|不得)', '一辈子(?:都)?(?:贷不了|不能贷|借不了|上不了)', '没收(?:你|您)?(?:的)?(?:房|车|财产|家)',
        `(?:手机|手机号|号码)${clauseGap(2)}(?:将|会)?被(?:停机|注销|封号|封停)`, '抓起来', '判(?:你)?\\d{1,2}年', '刑事立案', '通缉', '刑事责任', '刑事案件', '刑事犯罪', '追究刑事', '诈骗罪', '犯罪记录', '案底', '被告人',
      )),
      exceptBefore: DENIED,
    },
    {
      name: 'ordinary debt called fraud (逾期不还就是诈骗)',
      match: rx(
        anyOf('不还', '逾期', '欠款', '欠钱', '拖欠', '赖账', '透支', '你', '您', '台端'), clauseGap(6), '(?<![不没非未])',
        anyOf('就是', '这是', '就算', '属于', '构成', '算是', '涉嫌', '定性为', '视为', '按', '以', '当作', '认定为'),
        '(?:恶意)?', anyOf('诈骗', '骗贷', '欺诈', '犯罪', '违法犯罪', '恶意透支', '信用卡诈骗', '非法占有'),
      ),
      exceptBefore: DENIED,
      exceptAfter: rx(anyOf('均', '都', '一律', '皆'), anyOf('属于', '是', '为', '构成'), '(?:恶意)?', anyOf('诈骗', '欺诈', '骗')),
    },
    {
      name: 'blacklist that reaches the family (全家进黑名单, 孩子考公受影响)',
      match: rx(anyOf(
        `黑名单${sentenceGap(16)}${anyOf(FAMILY, FAMILY_FUTURE, '坐飞机', '乘飞机', '坐高铁', '乘高铁')}`,
        `${FAMILY}${clauseGap(6)}(?:都)?(?:进|上|拉入|列入|纳入|上了)(?:了)?黑名单`,
        `${FAMILY}${sentenceGap(12)}${FAMILY_FUTURE}${sentenceGap(10)}(?:影响|受限|不能|无法|不了|受阻|限制|没资格)`,
        `${FAMILY}${clauseGap(8)}(?:无法|不能|不得|没法|没资格|受限|不让)${clauseGap(6)}${FAMILY_FUTURE}`,
        `(?:影响|连累|波及|耽误)${clauseGap(4)}${FAMILY}${clauseGap(6)}${FAMILY_FUTURE}`,
      )),
      exceptBefore: DENIED,
    },
    {
      name: 'the debt made someone else\'s (亲属承担连带责任, 影响双方征信, 家里人得替你扛)',
      match: rx(anyOf(
        `${NOT_LIABLE}${sentenceGap(30)}(?:承担|负)(?:连带)?(?:还款)?责任`, `影响${anyOf('双方', '家庭', '家人', '亲属', '你们', '全家', '你和家人', '家里')}(?:的)?(?:征信|信用)`,
        `${NOT_LIABLE}${clauseGap(6)}(?:得|要|必须|只能)?(?:替你|帮你|代你|为你)(?:还|扛|偿还|背)`,
      )),
      exceptBefore: DENIED,
      exceptAfter: rx(anyOf('担保', '保证人')),
    },
    {
      name: 'a fraud list or police report for a debt (列入金融诈骗名单, 上报公安机关)',
      match: rx(anyOf(
        '(?:金融)?诈骗(?:黑)?名单', '欺诈名单', '涉嫌(?:恶意)?(?:骗贷|诈骗|欺诈)', `(?:上报|报送|报给|通报|提交|报)(?:给|至|到)?(?:当地)?${anyOf('公安', '派出所', '警方', '经侦')}`,
        '贴(?:上)?封条', `封(?:了)?${anyOf('你', '您')}(?:的|家)?(?:房|家|门)`,
      )),
      exceptBefore: DENIED,
    },
    {
      name: 'enforcement within days, without a court (三日内将强制执行)',
      match: rx(
        '(?:\\d{1,3}|[一二两三四五六七八九十])(?:个)?(?:小时|天|日|工作日)(?:之内|以内|内|后)?', clauseGap(6),
        anyOf('强制执行', '查封', '扣押', '拍卖', '上门执行'),
      ),
      exceptBefore: NEGATED_OR_HEDGED,
    },
    {
      name: 'seizing bank cards, wages or property (冻结您名下银行卡)',
      match: rx(
        anyOf('冻结', '查封', '扣押', '拍卖'), `(?:${anyOf('你', '您', '台端')})?(?:名下)?(?:的)?(?:所有|全部)?`,
        anyOf('银行卡', '银行账户', '银行帐户', '存款', '工资', '房子', '房产', '车辆', '车子', '财产', '微信', '支付宝', '资产', '社保', '公积金'),
      ),
      exceptBefore: NEGATED_OR_HEDGED,
    },
    {
      name: 'court measures announced as certain (已列入失信, 不能坐飞机)',
      match: rx(anyOf(
        `(?:已|将|会|马上|立即|直接|即将)(?:被)?(?:成为|列入|列为|纳入|拉入|上)(?:全国)?(?:失信|老赖)`,
        `(?:小时|天|日)(?:后|内|之内)${sentenceGap(20)}(?:成为|列入|列为|纳入)(?:全国)?失信`,
        `${anyOf('账户', '帐户', '账号', '银行卡', '微信', '支付宝', '工资卡')}(?:已|将|即将|马上|已经)(?:被)?(?:冻结|查封)`,
        '(?:不能|无法|禁止|限制)(?:乘坐|坐)(?:飞机|高铁)', '限制出境', '限制高消费',
      )),
      exceptBefore: NEGATED_OR_HEDGED,
    },
    {
      name: 'English: jail, arrest, crime',
      match: rx(anyOf(
        '\\b(?:go|sent|send you) to (?:jail|prison)\\b', '\\b(?:jail|prison) (?:time|sentence)\\b', '\\barrest(?:ed)?\\b',
        '\\bcriminal (?:case|charges?|record|liability|offen[cs]e)\\b', '\\blocked up\\b',
        `\\b(?:is|counts as|considered|commit(?:ting)?|guilty of)\\b${enGap(6)}\\b(?:fraud|a crime|theft)\\b`,
        `\\b(?:freeze|froze|frozen|seize|seized)\\b${enGap(12)}\\b(?:bank accounts?|bank cards?|savings|wages|salary|property|house|car|wechat|alipay)\\b`,
        "\\b(?:children|kids)(?:'s)?\\b" + enGap(20) + "\\b(?:can't|cannot|won't|will not|never|barred|banned|blacklist)" + enGap(20) + '\\b(?:school|university|college|civil service|job)',
        "\\b(?:children|kids)(?:'s)?\\b" + enGap(12) + '\\b(?:blacklist|future)\\b',
      )),
      exceptBefore: NEGATED_OR_HEDGED,
      window: 30,
    },
  ],
});
