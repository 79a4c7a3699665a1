/** `odd-hours`: sent between 22:00 and 08:00 China time (judged only when the send time is known). */
import { defineRule } from '../rule-schema.ts';

export const oddHoursRule = defineRule({
  id: 'odd-hours',
  kind: 'time',
  title: { 'zh-hans': '深夜或清晨催收', en: 'Sent at night' },
  reason: {
    'zh-hans':
      '推荐性国家标准GB/T 45251—2025（取代了中国互联网金融协会的贷后催收业务指引）据公开报道要求，除双方另有约定' +
      '外，不得在22:00至次日08:00之间催收。这是标准和行业规则，不是法律；但《民法典》保护你的私人生活安宁，未经同意不' +
      '得以电话、短信等方式侵扰。可以把发送时间记下来，向放贷机构投诉。',
    en:
      'The national standard GB/T 45251—2025, which replaced the industry\'s post-loan collection guideline, ' +
      'reportedly says that, unless both sides agreed otherwise, there is no collection between 22:00 and 08:00. ' +
      'That is a standard and an industry rule, not a law; the Civil Code does protect your right to be left in ' +
      'peace, without calls or texts you have not agreed to. Note the time and complain to the lender.',
  },
  law: [
    { document: '《互联网金融 个人网络消费信贷 贷后催收风控指引》（GB/T 45251—2025，推荐性国家标准）', confidence: 'secondary', binding: 'national-standard' },
    { document: '中国互联网金融协会《互联网金融贷后催收业务指引》（已被GB/T 45251—2025取代）', confidence: 'secondary', binding: 'industry-code' },
    {
      document: '《民法典》',
      article: '第1032条、第1033条第（一）项',
      confidence: 'verified',
      binding: 'law',
      quote: ['自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。', '除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：（一）以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁；'],
    },
  ],
  guides: ['rights/contact-hours'],
});
