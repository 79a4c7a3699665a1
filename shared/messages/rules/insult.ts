/** `insult`: name-calling, humiliation or obscene language. */
import { defineRule } from '../rule-schema.ts';
import { NEGATED, anyOf, rx } from './fragments.ts';

/** Chinese insults (Simplified; Traditional input is folded to these). */
const ZH_INSULTS = anyOf(
  '老赖', '废物', '狗东西', '不要脸', '要不要脸', '臭不要脸', '没脸没皮', '畜生', '畜牲', '垃圾(?!短信|邮件|分类|桶|电话|信息)', '骗子',
  '人渣', '败类', '贱人', '贱货', '下贱', '婊子', '傻逼', '傻b', '傻x', '煞笔', '沙比', '傻叉', '脑残', '智障', '王八蛋', '王八',
  '混蛋', '滚蛋', '杂种', '狗娘养', '狗日', '狗杂种', '去死', '丢人现眼', '不得好死', '装孙子', '猪狗不如', '寄生虫', '无赖',
  '赖皮', '瘪三', '龟孙', '孬种', '窝囊废', '废柴', '贱骨头', '白眼狼', '老不死', '死皮赖脸', '厚颜无耻', '不要face', '屌丝', 
  '(?<![妈爸])妈的', '操你', '草你', '卧槽', '狗屎', '蠢货', '蠢猪', '猪头', '低贱', '穷鬼', '穷逼', '臭虫', '浪费空气', '浪费粮食', '蛀虫', '没用的东西', '不是人(?!工|为|民)', '算什么东西',
  '(?<![a-z])sb(?![a-z])', '(?<![a-z])nmsl(?![a-z])', '他妈(?:的)?', '你妈(?:卖|逼|的)', '卖(?:了)?淫', '装什么(?:装|蒜)', '还有脸', '有脸(?:活|见人)',
  '(?<![利翻打])滚(?:蛋|出去|吧|开)?(?=[!。,?]|$)', '(?:^|[,!。])干[!!]', '老子', 'fraudster', '孬', '贱(?:种|命)',
);

/** English insults, as whole words. */
const EN_INSULTS = anyOf(
  'thie(?:f|ves)', 'loser', 'scum(?:bag)?', 'deadbeat', 'bastard', 'bitch', 'idiot', 'moron', 'trash', 'garbage', 'shameless',
  'pig', 'liar', 'crook', 'parasite', 'worthless', 'useless', 'stupid', 'fuck(?:ing)?', 'shit', 'asshole', 'dumbass', 'retard',
  'cheater', 'swindler', 'lowlife', 'piece of (?:shit|crap|trash)', 'fraudsters?', 'playing fraudulent', 'criminal family', 'not to be trusted',
);

export const insultRule = defineRule({
  id: 'insult',
  title: { 'zh-hans': '辱骂、侮辱', en: 'Insults' },
  reason: {
    'zh-hans':
      '欠款不影响你的人格尊严。催收时骂人、羞辱人是被禁止的；公然侮辱他人，或反复发送侮辱性信息干扰正常生活，可由公安机关处五日' +
      '以下拘留或者一千元以下罚款（现行《治安管理处罚法》第50条）。保留截图，可以向放贷机构投诉，严重时报警。',
    en:
      'Owing money does not take away your dignity. Name-calling and humiliation are banned in collection; ' +
      'public insults, or repeated insulting messages that disturb your life, can bring up to 5 days\' police ' +
      'detention or a ¥1,000 fine (Public Security Administration Punishments Law in force, Art. 50). Keep ' +
      'screenshots; you can complain to the lender, and call the police if it is serious.',
  },
  law: [
    {
      document: '《治安管理处罚法》（2025年修订，2026年1月1日起施行）',
      article: '第50条',
      confidence: 'verified',
      binding: 'law',
      quote: ['有下列行为之一的，处五日以下拘留或者一千元以下罚款；情节较重的，处五日以上十日以下拘留，可以并处一千元以下罚款：……（二）公然侮辱他人或者捏造事实诽谤他人的；……（五）多次发送淫秽、侮辱、恐吓等信息或者采取滋扰、纠缠、跟踪等方法，干扰他人正常生活的；'],
    },
    {
      document: '《民法典》',
      article: '第1024条',
      confidence: 'verified',
      binding: 'law',
      quote: ['任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。'],
    },
    {
      document: '《消费者权益保护法》',
      article: '第14条',
      confidence: 'verified',
      binding: 'law',
      quote: ['消费者在购买、使用商品和接受服务时，享有人格尊严、民族风俗习惯得到尊重的权利'],
    },
    { document: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018）', confidence: 'unverified', binding: 'industry-code' },
  ],
  guides: ['rights/collection-conduct', 'channels/police-110'],
  patterns: [
    {
      name: 'Chinese insults (老赖, 废物, 不要脸)',
      match: rx(ZH_INSULTS),
      exceptBefore: rx(anyOf(NEGATED.source, '小心', '当心', '防止', '遇到', '冒充', '不法', '电信', '不要成为', '避免成为')),
      exceptAfter: rx('^(?:骗子|垃圾)', anyOf('短信', '电话', '网站', '链接', '的', '冒充', '诈骗')),
    },
    {
      name: 'English insults (thief, loser, scum)',
      match: rx('\\b', EN_INSULTS, '\\b'),
      exceptBefore: rx(anyOf(NEGATED.source, '\\bbeware of\\b', '\\bavoid\\b')),
      window: 30,
    },
  ],
});
