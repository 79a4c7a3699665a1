/** `contacts-third-parties`: announces or threatens contacting family, friends, colleagues, employer or contacts. */
import { defineRule } from '../rule-schema.ts';
import { ADVICE_AFTER, NEGATED, YOU, anyOf, clauseGap, enGap, rx, sentenceGap } from './fragments.ts';

/** People and places that are third parties to the debt (a guarantor is not: collecting from one is allowed). */
const THIRD_PARTY = anyOf(
  '通讯录', '通信录', '电话簿', '通话记录', '紧急联系人', '联系人(?!工)', '家人', '家里人', '家属', '家长', '亲人', '亲属', '亲戚', '亲友',
  '亲朋', '父母', '爸妈', '爹妈', '爸爸', '妈妈', '父亲', '母亲', '老爸', '老妈', '配偶', '老婆', '老公', '妻子', '丈夫', '媳妇', '爱人',
  '子女', '儿子', '女儿', '孩子', '(?<!爸)妈(?!的|妈)', '(?<!老)爸(?!爸|的)', '兄弟', '姐妹', '哥哥', '姐姐', '弟弟', '妹妹', '朋友(?!圈)', '好友(?!圈)', '同事', '同学', '领导', '上司', '老板',
  '主管', '人事', 'hr\\b', '邻居', '街坊', '老师', '村委', '居委', '村\\(居\\)委', '村支书', '村干部', '物业',
);

/** Places that stand for the people there, only with "your" (你单位): 我们公司 is the lender. */
const YOUR_PLACE = `${YOU}(?:的)?(?:们)?(?:的)?${anyOf('工作单位', '单位', '公司', '学校', '老家', '村里', '村委', '工作的地方')}(?!群)`;

const CONTACT_VERB = anyOf(
  '打电话给', '打电话到', '打给', '打到', '打遍', '打爆', '电话通知', '电话联系', '短信通知', '发短信给', '发信息给', '发给', '发到', '发送给',
  '发送到', '群发到', '转发给', '传给', '通知',
  '联系', '联络', '告诉', '告知', '找', '问问', '问一下', '询问', '拜访', '走访', '上门找', '去找', '轰炸', '群发', '挨个打', '逐个打',
  '催收', '核实', '照会', '联合', '会同', '叫上', '带上',
);

const EN_PEOPLE = anyOf(
  'employer', 'boss', 'family', 'parents', 'mother', 'father', 'mom', 'dad', 'wife', 'husband', 'spouse', 'partner', 'children',
  'kids', 'son', 'daughter', 'colleagues', 'coworkers', 'co-workers', 'friends', 'relatives', 'neighbou?rs', 'contacts',
  'contact list', 'workplace', 'office', 'hr', 'manager', 'company', 'references', 'referees?', 'emergency contacts?', 'phone ?book',
);

export const contactsThirdPartiesRule = defineRule({
  id: 'contacts-third-parties',
  title: { 'zh-hans': '联系与债务无关的第三人', en: 'Contacting people other than you' },
  reason: {
    'zh-hans':
      '催收只能找借款人本人（和担保人）。把欠款告诉你的家人、朋友、同事或单位，或者"爆通讯录"，属于对与债务无关的第三人催收，' +
      '也是未经同意向他人提供你的个人信息。推荐性国家标准GB/T 45251—2025也要求只向债务人本人催收，联系人只在联系' +
      '不上你时才可联系，而且不得告知欠款。你的亲友没有替你还款的义务；例外是配偶可能要承担夫妻共同债务（《民法典》第1064条' +
      '），继承人在所得遗产范围内清偿（第1161条）。',
    en:
      'Collectors may pursue only you (and any guarantor). Telling your family, friends, colleagues or employer ' +
      'about the debt, or calling your whole contact list, is collecting from unrelated third parties and passes ' +
      'on your personal information without consent. The national standard GB/T 45251—2025 also says collection ' +
      'addresses only the debtor: contacts may be reached only when you cannot be, and are never told about the ' +
      'debt. Your family and friends do not owe your debt; the exceptions are a spouse, who may share a joint ' +
      'marital debt (Civil Code Art. 1064), and heirs, who answer up to what they inherit (Art. 1161).',
  },
  law: [
    { document: '国家金融监督管理总局《消费金融公司管理办法》（2024）', confidence: 'secondary', binding: 'regulation' },
    { document: '《互联网金融 个人网络消费信贷 贷后催收风控指引》（GB/T 45251—2025，推荐性国家标准）', confidence: 'secondary', binding: 'national-standard' },
    {
      document: '《个人信息保护法》',
      article: '第6条、第10条',
      confidence: 'verified',
      binding: 'law',
      quote: ['收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。', '不得非法买卖、提供或者公开他人个人信息'],
    },
    {
      document: '《民法典》',
      article: '第1034条、第1035条、第1038条',
      confidence: 'verified',
      binding: 'law',
      quote: ['自然人的个人信息受法律保护。', '处理个人信息的，应当遵循合法、正当、必要原则，不得过度处理', '未经自然人同意，不得向他人非法提供其个人信息'],
    },
    {
      document: '《民法典》',
      article: '第1064条、第1161条',
      confidence: 'verified',
      binding: 'law',
      quote: ['夫妻一方在婚姻关系存续期间以个人名义为家庭日常生活需要所负的债务，属于夫妻共同债务。', '继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务。'],
    },
    { document: '《商业银行信用卡业务监督管理办法》（2011）', article: '第68条', confidence: 'secondary', binding: 'regulation' },
    { document: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018）', confidence: 'unverified', binding: 'industry-code' },
  ],
  guides: ['rights/third-party-contact', 'scenarios/contacts-my-family'],
  patterns: [
    {
      name: 'a message to a contact about someone else\'s debt (您的朋友张某在我司借款逾期)',
      match: rx(YOU, '(?:的)?', anyOf('朋友', '好友', '亲戚', '亲属', '亲友', '亲人', '家属', '同事', '家人', '儿子', '女儿', '父亲', '母亲', '爸爸', '妈妈', '老公', '老婆', '丈夫', '妻子', '弟弟', '妹妹', '哥哥', '姐姐', '同学', '员工', '下属', '联系人', '关联(?:用户|人)', '推荐的(?:客户|用户|人)', '担保的(?:客户|人)'),
        sentenceGap(16), anyOf('借款', '欠款', '逾期', '贷款', '欠(?:我司|我们|平台)', '借了', '未还', '待还', '拖欠', '失联', '还款')),
      exceptBefore: rx(NEGATED.source),
    },
    {
      name: 'asking a contact to pass it on (请转告他尽快还款)',
      match: rx(anyOf('请', '麻烦', '烦请', '务必', '帮忙', '希望'), '(?:您|你)?(?:代为|帮忙|尽快)?', anyOf('转告', '转达', '代为通知', '督促', '劝(?:他|她)', '叫(?:他|她)', '让(?:他|她)'), sentenceGap(12), anyOf('还', '处理', '联系', '回电', '欠款', '借款')),
      exceptBefore: rx(NEGATED.source),
    },
    {
      name: 'asking a contact to pass it on, bare (烦请转达)',
      match: rx(anyOf('烦请', '麻烦', '请', '务必'), '(?:您|你)?(?:代为|帮忙)?', anyOf('转告', '转达', '督促(?:其|他|她)?还款', '提醒(?:他|她|其)')),
      exceptBefore: rx(NEGATED.source),
    },
    {
      name: 'holding the contact list (你的通讯录我们已经拿到了)',
      match: rx(anyOf('通讯录', '通信录', '联系人(?:名单|列表)?', '通话记录'), clauseGap(10), anyOf('拿到', '已经有', '都有', '全部有', '在我们', '在我手', '掌握', '导出', '备份', '一清二楚')),
      exceptBefore: rx(NEGATED.source),
    },
    {
      name: 'contacting named third parties (通知您的父母, 打电话给你通讯录)',
      match: rx(CONTACT_VERB, clauseGap(8), anyOf(THIRD_PARTY, YOUR_PLACE)),
      exceptBefore: rx(anyOf(NEGATED.source, '被[^,。!?;\\n]{0,3}$', '防', '如何应对', '遇到')),
      exceptAfter: rx(anyOf('^找(?:几个|一帮|一群|些|人)', ADVICE_AFTER.source)),
    },
    {
      name: 'calling third parties, object first (给你同事打电话, 向你父母催收)',
      match: rx(
        anyOf('给', '向', '跟', '找'), `(?:${YOU}(?:的)?)?(?:所有|全部|每个|每一个|一些)?(?:的)?`, anyOf(THIRD_PARTY, YOUR_PLACE), clauseGap(8),
        anyOf('(?:打|发|寄)(?:了|过)?(?:个|条|封)?(?:电话|短信|信息|消息|微信|函)', '说明', '说说', '讲讲', '反映', '催收', '催款', '要钱', '聊聊', '谈谈', '了解', '发函', '去函', '寄', '送达', '发律师函'),
      ),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'third parties already reached, or their numbers demanded (你家人已经被我们联系了, 你老公电话多少)',
      match: rx(anyOf(
        `${THIRD_PARTY}${clauseGap(6)}(?:已(?:经)?)(?:被)?(?:我们|我司)?(?:联系|通知|告知)(?:了|过)?`,
        `(?:提供|发|给|报)(?:我|我们)?(?:一个|个)?${YOU}?(?:的)?${THIRD_PARTY}(?:的)?(?:电话|手机号|联系方式|号码)`,
        `${THIRD_PARTY}(?:的)?(?:电话|手机号|联系方式|号码)(?:是)?多少`, `把${YOU}?(?:的)?${THIRD_PARTY}(?:的)?(?:电话|手机号|联系方式|号码)(?:发|给|报)`,
      )),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'blowing up the contact list (爆通讯录)',
      match: rx('爆', clauseGap(3), anyOf('通讯录', '通信录', '联系人', '紧急联系人', '亲友', '家人')),
      exceptBefore: rx(anyOf(NEGATED.source, '被', '怕', '防', '如何', '遇到', '应对')),
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'third parties will hear of it (你家人都会知道, 替你还)',
      match: rx(
        THIRD_PARTY, clauseGap(8),
        anyOf('都会知道', '都知道', '会知道', '都会接到', '会接到', '接到(?:我们的)?(?:电话|短信|通知)', '收到(?:我们的)?(?:电话|短信|通知|催收)',
          '替你还', '帮你还', '代你还', '代还', '代偿', '一个都不会少', '一个不落', '挨个', '知道吗', '知道了吗', '知道[^,。!?;\\n]{1,12}吗', '知不知道', '替你扛', '得替你'),
      ),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'visiting the workplace or home town (去你单位)',
      match: rx(anyOf('外访', '上门', '去', '到', '来', '派人去', '派人到', '亲自去'), clauseGap(4), YOUR_PLACE),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'English: tell your employer / contacts',
      match: rx(
        '\\b(?:tell|telling|call|calling|contact|contacting|inform|informing|notify|notifying|text|message|visit|visiting|email|ring|phone|reach out to|speak to|talk to)\\b',
        enGap(14), '\\byour\\b', enGap(14), `\\b${EN_PEOPLE}\\b`,
      ),
      exceptBefore: NEGATED,
      window: 30,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'English: a message to a contact (kindly inform him to pay, your worker has borrowed)',
      match: rx(anyOf(
        `\\b(?:inform|tell|remind|ask|advise|urge)\\b${enGap(24)}\\bto (?:pay|clear|settle|repay|call us|contact us)\\b`,
        `\\byour (?:${EN_PEOPLE}|worker|employee|staff|congregant|member|tenant)\\b${enGap(16)}\\b(?:has borrowed|borrowed|took a loan|owes|defaulted)\\b`,
        `\\b(?:his|her) (?:loan|debt|payments?|arrears|outstanding balance)\\b`, '\\breaching (?:your|all your) (?:phone ?book|contacts)\\b', '\\byour name is (?:one of )?(?:the |his |her )?(?:guarantors?|references?)\\b',
      )),
      exceptBefore: NEGATED,
      window: 30,
    },
    {
      name: 'English: your family will know',
      match: rx(`\\byour ${EN_PEOPLE}\\b`, enGap(12), '\\bwill (?:know|hear|find out|get a call|be called|be told|be contacted)'),
      exceptBefore: NEGATED,
      window: 30,
      exceptAfter: ADVICE_AFTER,
    },
  ],
});
