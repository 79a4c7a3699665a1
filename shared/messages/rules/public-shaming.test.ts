import { describe } from 'vitest';
import { publicShamingRule } from './public-shaming.ts';
import { itChecksExamples } from './test-support.ts';

describe('publicShamingRule', () => {
  itChecksExamples(publicShamingRule, {
    zh: [
      '人脸影像将张贴户籍居住地',
      '让街坊邻居围观指指点点',
      'P了你的遗照发给大家',
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
      '我们会在抖音上曝光你',
      '今天不还，明天就让你上新闻',
      '你的照片我们已经P好了，马上发群里',
      '我们就派人去你公司门口拉横幅',
    ],
    zhHant: ['再不還款我們就把你的欠款資料發到你所有的微信群裡。'],
    en: ['We will post your photo on social media.', 'We will expose you to everyone.', 'Pay or we will share your ID card online.', 'We will post your debt in your WeChat groups.', 'Your photo will be posted online if you do not pay.'],
    negatives: [
      '请勿公开您的验证码',
      '我们不会公开您的任何个人信息。',
      '请通过网上银行或手机银行还款。',
      '为保护您的隐私，我们不会向任何第三方透露您的欠款信息。',
      '请发你的身份证照片给我们核实身份。',
      '账单已发您邮箱也可在网上查询。',
      '催收人员威胁将您的信息发到网上的，请立即报警。',
      '您的账单已发送至您的邮箱。',
      'We will never post your information online.',
    ],
  });
});
