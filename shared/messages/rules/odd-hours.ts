/** `odd-hours`: sent between 22:00 and 08:00 China time (judged only when the send time is known). */
import { defineRule } from '../rule-schema.ts';

export const oddHoursRule = defineRule({
  id: 'odd-hours',
  kind: 'time',
  title: { 'zh-hans': '深夜或清晨催收', en: 'Sent at night' },
  reason: {
    'zh-hans':
      '行业的贷后催收业务指引要求，除双方另有约定外，不得在22:00至次日08:00之间催收。这是行业自律规则，不是法律；' +
      '但《民法典》保护你的私人生活安宁，未经同意不得以电话、短信等方式侵扰。可以把发送时间记下来，向放贷机构投诉。',
    en:
      'The industry\'s post-loan collection guideline says that, unless both sides agreed otherwise, there is no ' +
      'collection between 22:00 and 08:00. That is an industry rule, not a law; the Civil Code does protect your ' +
      'right to be left in peace, without calls or texts you have not agreed to. Note the time and complain to the lender.',
  },
  law: [
    { document: '中国互联网金融协会《互联网金融贷后催收业务指引》', confidence: 'secondary', binding: 'industry-code' },
    { document: '《民法典》', article: '第1032条、第1033条第（一）项', confidence: 'verified', binding: 'law' },
  ],
  guides: ['rights/contact-hours'],
});
