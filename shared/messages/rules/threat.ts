/** `threat`: violence, harm or damage to the borrower, their family or their property. */
import { defineRule } from '../rule-schema.ts';
import { ADVICE_AFTER, NEGATED, YOU, anyOf, clauseGap, enGap, rx, sentenceGap } from './fragments.ts';

const FAMILY = anyOf('家人', '家里人', '孩子', '小孩', '儿子', '女儿', '老婆', '老公', '父母', '爸妈', '家属', '全家');
const CHILD = anyOf('孩子', '小孩', '儿子', '女儿', '闺女', '宝宝', '娃', '小朋友');
/** What stands for violence when people dodge filters: emoji and words (🔪 is folded to 刀). */
const WEAPON = anyOf('刀', '枪', '棺材', '坟', '炸', '血', '斧头', '棍子', '汽油', '硫酸');

export const threatRule = defineRule({
  id: 'threat',
  title: { 'zh-hans': '威胁人身或财产安全', en: 'Threat of harm' },
  reason: {
    'zh-hans':
      '催收可以提醒你还款，但不能威胁伤害你、你的家人或你的财物。暴力、威胁、恐吓的催收手段被明令禁止；写恐吓信或以其他方法威胁' +
      '人身安全、反复发送恐吓信息，可由公安机关处五日以下拘留或者一千元以下罚款，情节较重的五至十日拘留（现行《治安管理处罚法》' +
      '第50条）。感到不安全时，请保存信息截图并拨打110。',
    en:
      'A collector may remind you to pay, but may not threaten to hurt you, your family or your property. ' +
      'Violent, threatening or intimidating collection is banned; threatening someone\'s safety or repeatedly ' +
      'sending threatening messages can bring up to 5 days\' police detention or a ¥1,000 fine, 5–10 days if ' +
      'serious (Public Security Administration Punishments Law in force, Art. 50). If you feel unsafe, keep ' +
      'screenshots and call 110.',
  },
  law: [
    {
      document: '《治安管理处罚法》（2025年修订，2026年1月1日起施行）',
      article: '第50条',
      confidence: 'verified',
      binding: 'law',
      quote: ['有下列行为之一的，处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款：……（一）写恐吓信或者以其他方法威胁他人人身安全的；……（五）多次发送淫秽、侮辱、恐吓等信息或者采取滋扰、纠缠、跟踪等方法，干扰他人正常生活的；'],
    },
    {
      document: '《刑法》催收非法债务罪（适用于非法债务）',
      article: '第293条之一',
      confidence: 'verified',
      binding: 'law',
      quote: ['有下列情形之一，催收高利放贷等产生的非法债务，情节严重的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金：……（三）恐吓、跟踪、骚扰他人的。'],
    },
    {
      document: '《刑法》寻衅滋事罪',
      article: '第293条',
      confidence: 'verified',
      binding: 'law',
      quote: ['（二）追逐、拦截、辱骂、恐吓他人，情节恶劣的；'],
    },
    { document: '国家金融监督管理总局《消费金融公司管理办法》（2024）', confidence: 'secondary', binding: 'regulation' },
    { document: '《互联网金融 个人网络消费信贷 贷后催收风控指引》（GB/T 45251—2025，推荐性国家标准）', confidence: 'secondary', binding: 'national-standard' },
    { document: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018）', confidence: 'unverified', binding: 'industry-code' },
  ],
  guides: ['scenarios/collector-threatens', 'channels/police-110'],
  patterns: [
    {
      name: 'hiring people to hurt you (找人收拾你)',
      match: rx('(?:找|让|叫|派)(?:几个)?人', clauseGap(8), anyOf('收拾', '弄(?:你|死|残)', '搞死', '打(?:你|断|残|死)', '砍', '教训', '修理', '废了', '对付', '堵(?:你|门)?', '泼(?:油漆|红漆|粪|汽油)?', '砸(?:你家|门|车|玻璃)?', '伺候', '揍')),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'violence against the body (打断你的腿, 弄死你)',
      match: rx(anyOf(
        `打断${YOU}?(?:的)?(?:狗)?(?:腿|手|胳膊|骨头)`, '打残', '打死', '弄死', '搞死', '整死', '砍死', '捅死', '杀了', '杀你',
        `砍${YOU}`, `捅${YOU}`, `揍${YOU}`, `废了${YOU}`, `卸${YOU}`, '断手断脚', '缺胳膊少腿', '血光之灾', '见血', '收尸',
        '生不如死', '死无葬身', '活埋', '放火', '硫酸', '想死', '找死', '活腻', '活得不耐烦', `死${YOU}?全家`, '全家(?:死|遭殃|陪葬)',
        `送${YOU}上路`, `让${YOU}消失`, '见一次打一次', `(?:整|搞)${YOU}(?![们的])`, '(?:躺|睡)进棺材', '进棺材', '毙命', '一刀(?:下去|毙|捅|砍)?(?!切)', '好好招呼', '上坟', '烧纸',
      )),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'sending a gang (找几个兄弟上门)',
      match: rx('找', anyOf('几个', '一帮', '一群', '些'), anyOf('兄弟', '人', '朋友', '社会上的人'), clauseGap(8), anyOf('上门', '去你家', '到你家', '堵你', '聊聊', '招呼', '问候', '谈谈')),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'veiled menace (让你好看, 走着瞧)',
      match: rx(anyOf(
        `让${YOU}(?:好看|后悔|付出代价|不得安宁|生不如死|混不下去|活不下去|吃不了兜着走)`, `要${YOU}(?:的)?(?:命|好看)`,
        `给${YOU}(?:点|些)颜色`, '吃不了兜着走', '走着瞧', `(?:不会|绝不)(?:轻易)?放过${YOU}`, `饶不了${YOU}`,
        '好果子吃', `${YOU}等着瞧`, `${YOU}(?:给我)?等着(?!收|接|法院|传票|起诉|被|处理|还款)`, `别怪(?:我|我们)(?:不客气|心狠|手狠|翻脸)`,
        `(?:就|可就|要)(?:对${YOU})?不客气`, `出(?:了)?(?:什么)?事(?:别|不要)怪`, '活不了', '活不成', '残废', `打得${YOU}`,
        `烧(?:了)?${YOU}(?:的|家)?(?:房|车|店|门)`, `弄${YOU}(?:的)?${FAMILY}`, '看着办(?!理)', `让${YOU}在${clauseGap(6)}(?:待不下去|混不下去|抬不起头)`,
        `(?:${YOU}|全家|家人|家里)${clauseGap(4)}(?:都)?(?:不得安宁|鸡犬不宁|别想好过|没好日子过|好日子到头)`,
        `(?:我们的人|我们|兄弟们|人)(?:已经|现在|正在|马上)?(?:就)?(?:在|到)(?:了)?${YOU}(?:家)?(?:楼下|门口|家门口|小区门口)`,
        `(?:店|生意|公司|买卖)${clauseGap(4)}(?:开不下去|做不下去|别想开|开不成|做不成)`, '(?:都)?别(?:想)?(?:营业|做生意|开店)',
        '(?:就)?不是这么简单', '(?:就)?没(?:有)?这么简单', '不会这么简单',
      )),
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'watch out / accident (出门小心, 被车撞)',
      match: rx(anyOf(
        `小心${YOU}?(?:的)?${anyOf('家人', '孩子', '老婆', '老公', '父母', '爸妈', '小命', '狗命', '安全', '腿', '脑袋', '点(?!击)', '一点', '着点')}`,
        '出门小心', '小心出门', `(?:走路|走夜路|开车|回家|晚上|下班|上下班)(?:的时候)?${clauseGap(2)}(?:小心|注意安全|当心)`, `出门${clauseGap(6)}(?:被车撞|被撞|被打|出事|出意外|挨打)`, '被车撞', '出点什么事', '出点意外',
      )),
      exceptBefore: rx(anyOf('请', '注意', '提醒您')),
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'property damage (泼油漆, 砸你家门)',
      match: rx(anyOf(
        '泼(?:油漆|红漆|红油漆|粪|汽油)', '喷漆', '刷漆',
        `(?:砸|烧|撬|踹)(?:了)?${YOU}?(?:的|家)?(?:家门|家|门|车|店|玻璃|窗)`,
        `(?:堵|封)(?:了)?${YOU}?(?:的|家)?(?:家门|门|店)`,
        `(?:玻璃|家门|大门|车|窗户|房子|店)${clauseGap(3)}(?:别想要了|保不住|不保|要遭殃)`,
        `在${YOU}家(?:门口|楼下)${clauseGap(6)}(?:写|喷|贴|泼|烧|堵|守)`,
      )),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'knowing where the family goes (上下学走哪条路我都清楚)',
      match: rx(anyOf(
        `(?:上下学|上下班|放学|接送|每天|住在|住哪|家住|学校|幼儿园|上班|上学|读书|在哪)${clauseGap(12)}(?:我|我们)(?:都)?(?:清楚|知道|一清二楚|了如指掌|摸清)`,
        `(?:知道|清楚|摸清|查到|找到|掌握)(?:了)?${YOU}(?:的)?(?:家|孩子|老婆|家人)?(?:住(?:在)?(?:哪|什么地方)|的?(?:住址|地址|家庭住址))`,
        `(?:半夜|深夜|凌晨)${clauseGap(4)}(?:就)?(?:会)?有人(?:过去|过来|上门|去${YOU}家|到${YOU}家)`,
        `(?:摸清|查到|找到)(?:了)?${YOU}(?:的)?(?:家|老家)`,
        `${FAMILY}${clauseGap(4)}(?:的)?(?:安全|人身安全)${clauseGap(4)}(?:难说|不保|保证不了|没法保证)`,
      )),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'the child at school, from a collector (放学我们去接他, 孩子上学路上注意安全)',
      match: rx(CHILD, sentenceGap(16), anyOf('学校', '小学', '中学', '幼儿园', '放学', '上学', '接送', '年级', '班'), sentenceGap(12),
        anyOf('接(?:他|她|一下|回)?', '等(?:他|她)', '找(?:他|她)', '见见', '看看(?:他|她)', '陪(?:他|她)', '认识', '路上', '注意安全', '小心', '安全')),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'knowing where you live or work (你家在哪我们都知道, 我知道你的店铺地址)',
      match: rx(anyOf(
        `(?:我|我们)(?:已经|早就|都|可)?(?:知道|清楚|查到了)${clauseGap(4)}${YOU}(?:的|家)?${anyOf('住址', '地址', '住在哪', '家在哪', '住哪', '店铺', '店在哪', '在哪上班', '单位在哪', '学校在哪')}`,
        `${YOU}(?:的)?${anyOf('家', '住址', '地址', '店', '店铺', '单位')}(?:在哪|在什么地方)?${clauseGap(4)}(?:我们|我)(?:都|早就|已经)?(?:知道|清楚|一清二楚)`,
      )),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'offering to fetch the child (我去接你孩子放学)',
      match: rx(anyOf('我', '我们', '我们的人', '兄弟'), '(?:去|来|帮你|替你)?', anyOf('接', '看看', '见见', '找', '等'), `${YOU}(?:的|家)?`, CHILD),
      // 要不要我去接你孩子 is the threat itself, so only a plain denial (不会, 绝不) lifts it.
      exceptBefore: rx(anyOf('不会', '绝不', '决不', '从不', '请勿', '切勿')),
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'praise or worry for your car or house (你家楼下那辆车不错)',
      match: rx(`${YOU}(?:的|家|们家)`, clauseGap(8), anyOf('车', '电动车', '摩托车', '房子', '店', '铺子', '门面'), clauseGap(6),
        anyOf('不错', '挺好', '挺新', '漂亮', '好看', '小心', '注意', '安全', '保不准', '可惜', '万一', '着火', '起火', '刮', '划', '爆胎', '轮胎', '还在吗', '停在')),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'weapons beside you (🔪 你等着, 刀…你家)',
      match: rx(anyOf(`${WEAPON}${sentenceGap(8)}(?:${YOU}|等着|小心|家|车|孩子|全家)`, `(?:${YOU}等着|等着瞧|小心点?)${sentenceGap(8)}${WEAPON}`)),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'death wishes on you or the family (不得好死, 死全家)',
      match: rx(anyOf('不得好死', '断子绝孙', '全家死光', '死全家', '早晚(?:出事|遭报应|被撞死)', '出门被车撞死', '横死')),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'English threats (we know where you live)',
      match: rx(anyOf(
        'we know where (?:you|your [a-z]{1,10}) (?:live|lives|work|works|go|goes)', 'watch your back', 'or else\\b',
        "you(?:'ll| will) regret", `something (?:bad )?(?:will|might|could|may) happen to (?:you|your)`,
        `\\b(?:kill|beat|stab|shoot|burn|smash|break)\\b${enGap(12)}\\b(?:you|your (?:house|home|car|door|windows?|family|kids|children|legs?|arms?|face))\\b`,
        'be careful when you (?:go out|leave)',
        'send (?:some )?(?:people|guys|men|someone|our (?:people|guys|men)) (?:to|round to|over to) your (?:house|home|door|place|work|office)', "you won't be safe", '\\bhurt (?:you|your family|your kids)\\b',
      )),
      exceptBefore: NEGATED,
      window: 30,
      exceptAfter: ADVICE_AFTER,
    },
  ],
});
