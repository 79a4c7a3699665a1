import { describe } from 'vitest';
import { insultRule } from './insult.ts';
import { itChecksExamples } from './test-support.ts';

describe('insultRule', () => {
  itChecksExamples(insultRule, {
    zh: [
      '就他妈2000块，你装什么装',
      '你和你父母还有脸吗',
      '叫你妈不要欠老子，滚！',
      '你个老赖，真是丢人现眼的废物。',
      '狗东西，再装死试试',
      '都几点了还不还钱，你还要不要脸？',
      '你这个废物',
      '臭不要脸的东西',
      '你就是个骗子',
      '垃圾一个，借钱不还',
      '你这样的人就该去死',
      '畜生都比你懂得还钱',
      '你他妈的到底还不还',
      '你这种人活着就是浪费空气',
    ],
    en: ['Pay today or everyone will know you are a thief.', 'You are a loser and a deadbeat.', 'Pay up, you scum.'],
    negatives: [
      '利滚利的高息要小心',
      '谨防骗子冒充客服。',
      '如收到垃圾短信请拨打12321举报。',
      '请尽快还款，避免成为老赖。',
      '我们已联系您妈妈的电话。',
      '这不是人工客服，请勿回复。',
      '您好，您的账单已逾期，请尽快还款。',
      'Beware of liars pretending to be our staff.',
      'Please repay through the official app.',
    ],
  });
});
