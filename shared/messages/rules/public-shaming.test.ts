import { describe } from 'vitest';
import { publicShamingRule } from './public-shaming.ts';
import { itChecksExamples } from './test-support.ts';

describe('publicShamingRule', () => {
  itChecksExamples(publicShamingRule, {
    zh: [
      '我们就把你的身份证照片和欠款明细发到你朋友圈和小区业主群里。',
      '我们会把你的照片发到网上',
      '明天在你们小区贴大字报',
      '把你的欠款信息发到你们家族群',
      '明天你就会在网上看到自己的照片',
      '我们会在你家小区门口贴你的照片',
      '再不还，你就等着被曝光吧',
      '让所有人都看看你是什么人',
      '我们会把你做成表情包',
      '曝光你的欠款信息',
    ],
    zhHant: ['再不還款我們就把你的欠款資料發到你所有的微信群裡。'],
    en: ['We will post your photo on social media.', 'We will expose you to everyone.', 'Pay or we will share your ID card online.'],
    negatives: [
      '我们不会公开您的任何个人信息。',
      '请通过网上银行或手机银行还款。',
      '为保护您的隐私，我们不会向任何第三方透露您的欠款信息。',
      '请发你的身份证照片给我们核实身份。',
      '您的账单已发送至您的邮箱。',
      'We will never post your information online.',
    ],
  });
});
