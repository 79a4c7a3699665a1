/** `public-shaming`: threatens to publish the debt, photos or personal details. */
import { defineRule } from '../rule-schema.ts';
import { ADVICE_AFTER, NEGATED, YOU, anyOf, clauseGap, enGap, rx } from './fragments.ts';

const PUBLISH_VERB = anyOf(
  '发到', '发在', '发进', '发布', '贴', '贴到', '张贴', '挂', '挂到', '晒', '曝光', '公开', '公布', '散布', '传到', '传遍', '上传',
  '分享', '转发', '公示', '扩散', '群发', '放到', '放在', '登上', '印成', '做成', '制作成', '打印',
);

/** Places where everyone would see it. */
const PUBLIC_PLACE = anyOf(
  '朋友圈', '微信群', '群里', '群聊', 'qq群', 'qq空间', '业主群', '家族群', '家长群', '同学群', '工作群', '班级群', '抖音', '快手', '微博',
  '贴吧', '小红书', '网上(?!银行|营业厅|申请|办理|还款)', '网络上', '互联网', '社交媒体', '社交平台', '公告栏', '电线杆', '小区门口', '家门口', '楼道', '电梯', '村口', '大字报', '海报', '传单', '寻人启事', '通缉令',
  '悬赏', '追债令', '表情包', '曝光台', '小区里', '公司门口', '单位门口', '老赖名单', '黑榜', '曝光栏',
);

export const publicShamingRule = defineRule({
  id: 'public-shaming',
  title: { 'zh-hans': '威胁公开你的欠款或个人信息', en: 'Threat to shame you in public' },
  reason: {
    'zh-hans':
      '你的欠款信息、照片和身份证件都是个人信息，公开它们需要你的单独同意。把它们发到朋友圈、群聊、网上，或贴海报，' +
      '侵犯隐私权和名誉权；散布他人隐私可由公安机关处罚，非法提供个人信息情节严重的可能构成犯罪。',
    en:
      'Your debt, photos and ID are personal information; publishing them needs your separate consent. Posting ' +
      'them in WeChat Moments, group chats, online or on posters violates your privacy and reputation. Spreading ' +
      'someone\'s private information can be punished by the police, and illegally supplying personal ' +
      'information can be a crime in serious cases.',
  },
  law: [
    {
      document: '《治安管理处罚法》（2025年修订，2026年1月1日起施行）',
      article: '第50条',
      confidence: 'verified',
      binding: 'law',
      quote: ['有下列行为之一的，处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款：……（二）公然侮辱他人或者捏造事实诽谤他人的；……（六）偷窥、偷拍、窃听、散布他人隐私的。'],
    },
    {
      document: '《民法典》',
      article: '第1024条、第1032条、第1034条、第1038条',
      confidence: 'verified',
      binding: 'law',
      quote: ['任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。', '任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。', '自然人的个人信息受法律保护。', '未经自然人同意，不得向他人非法提供其个人信息'],
    },
    {
      document: '《个人信息保护法》',
      article: '第10条、第25条',
      confidence: 'verified',
      binding: 'law',
      quote: ['不得非法买卖、提供或者公开他人个人信息', '个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。'],
    },
    {
      document: '《刑法》侵犯公民个人信息罪',
      article: '第253条之一',
      confidence: 'verified',
      binding: 'law',
      quote: ['违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金'],
    },
    { document: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018）', confidence: 'unverified', binding: 'industry-code' },
  ],
  guides: ['rights/privacy', 'channels/police-110'],
  patterns: [
    {
      name: 'posting in Moments, group chats or online (发到你朋友圈)',
      match: rx(anyOf(`${PUBLISH_VERB}${clauseGap(12)}`, `发${clauseGap(3)}`), PUBLIC_PLACE),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'posting in a public place, place first (在你家小区门口贴…)',
      match: rx(anyOf('在', '到'), clauseGap(8), PUBLIC_PLACE, clauseGap(4), anyOf('贴', '张贴', '挂', '公布', '公示', '散发', '发', '看到', '看见', '刷到', '曝光', '公开')),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'posting your photo or ID (贴你的照片)',
      match: rx(anyOf('贴', '张贴', '挂', '公布', '公示', '散发', '发布', '曝光', '看到', '看见', '刷到'), `(?:${YOU}|自己)(?:的)?`,
        anyOf('照片', '头像', '身份证', '欠款', '信息', '个人信息', '丑照', '裸照', '资料', '借款', '欠债')),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'exposing you (曝光你, 公开您的信息)',
      match: rx(anyOf('曝光', '公开', '公布', '公示', '散布', '扩散'), `${YOU}(?:的)?`, clauseGap(6),
        anyOf('信息', '资料', '照片', '身份证', '欠款', '欠债', '债务', '丑事', '隐私', '地址', '电话', '名字', '姓名', '事')),
      exceptBefore: rx(anyOf(NEGATED.source, '防止', '避免', '以免')),
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'exposing you, bare (把你曝光, 让所有人都知道)',
      match: rx(anyOf(
        `把${YOU}${clauseGap(6)}(?:曝光|公开|挂出来|示众)`, `${YOU}(?:就)?(?:等着)?(?:被)?(?:曝光|示众|社死|社会性死亡)`,
        `让${YOU}(?:上|登上)(?:新闻|电视|热搜|头条|报纸|曝光台)`, '(?:拉|挂|打|举)(?:个|起)?(?:大)?横幅',
        `让${anyOf('所有人', '大家', '全世界', '全网', '全村', '全小区', '全公司', '所有认识你的人', `${YOU}身边的人`, '街坊邻居', '亲朋好友', '全部人')}${clauseGap(4)}(?:都)?(?:知道|看看|看到|认识|评评理)`,
      )),
      exceptBefore: rx(anyOf(NEGATED.source, '防止', '避免', '以免')),
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'your face posted where you live, or a crowd brought to watch (人脸影像将张贴户籍地, 邻居围观)',
      match: rx(anyOf(
        `${anyOf('人脸', '影像', '照片', '头像', '肖像', '身份证')}${clauseGap(8)}${anyOf('张贴', '贴到', '贴在', '公示', '公布', '发到', '挂到', '挂在')}`,
        `${anyOf('邻居', '街坊', '村里人', '同事', '路人')}${clauseGap(6)}(?:围观|指指点点|看笑话|议论)`, `让${YOU}(?:好好)?(?:出出名|出名|名声在外)`,
        '(?:p|ps)(?:了)?(?:你的)?(?:图|照片|遗照)', '合成(?:你的)?(?:照片|图片|裸照|遗照)', '遗照', '(?:to|inform) the general public\\b', '\\b(?:found|is|are) wanted\\b',
      )),
      exceptBefore: NEGATED,
      exceptAfter: ADVICE_AFTER,
    },
    {
      name: 'English: post your photo online',
      match: rx(anyOf(
        `\\b(?:post|share|publish|put|spread|upload|plaster|print)\\b${enGap(25)}\\b(?:online|internet|social media|facebook|wechat|weibo|moments|group chats?|photos?|pictures?|face|id card|everywhere|posters?|flyers?)\\b`,
        `\\b(?:photos?|pictures?|name|details|debt|id card)\\b${enGap(20)}\\b(?:will|would|is going to) be (?:posted|shared|published|spread|exposed)`,
        '\\bexpose (?:you|your)\\b', '\\b(?:shame|humiliate) you\\b', '\\beveryone will (?:know|see)\\b', '\\bname and shame\\b',
      )),
      exceptBefore: NEGATED,
      window: 30,
      exceptAfter: ADVICE_AFTER,
    },
  ],
});
