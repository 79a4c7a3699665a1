import { describe } from 'vitest';
import { personalAccountRule } from './personal-account.ts';
import { itChecksExamples } from './test-support.ts';

describe('personalAccountRule', () => {
  itChecksExamples(personalAccountRule, {
    zh: [
      '扫这个码还款就行',
      '支付宝账号: 138****0000，转这里',
      '请把2,300元转到我们财务的个人账户：工商银行 6222 0000 0000 0000，户名李某。',
      '直接转我支付宝138-0000-0000（个人号），别走App了。',
      '直接转到我微信就行',
      '请汇款至以下账户：户名张三，卡号6222000000000000',
      '可以先转到我个人卡上',
      '还款请打到财务个人卡：6222 1111 2222 3333',
      '用微信转给我，我帮你处理',
      '加我私人微信转账，可以减免利息',
      '收款人：王某某，开户行建设银行',
      '扫这个二维码付款就行，是我个人的',
      '直接转支付宝个人号：138-0000-0000',
      '还款请转到以下账户：6217 0000 1111 2222，收款人：陈某',
    ],
    en: ['Please transfer the money to my personal account.', 'Send the payment to my Alipay today.'],
    negatives: [
      '请还款至我行指定账户',
      '招行不会要求您向任何个人账户转账，谨防诈骗。',
      '请不要相信任何要求您转账到个人账户的信息，官方还款渠道仅限App。',
      '请勿向个人账户转账，以免造成损失。',
      '还款将从您名下的个人账户自动扣款。',
      '还款账户：户名浙江网商银行股份有限公司，请通过官方渠道还款。',
      '请登录个人账号查看账单。',
      '请您确认还款账户户名与借款人本人一致。',
      '请存入足额资金至您的还款账户。',
      '我们不会通过个人微信或支付宝收款。',
      '今天只要先还500就给你停催。',
      '【招联金融】我们不会以任何理由要求您转账到个人或第三方账户。',
      '这是我个人的建议，请尽快还款。',
      '如有人要求您转账到个人账户，请勿相信。',
      'Hi, please pay via the official app; never transfer money to personal accounts.',
      'We will never ask you to pay into a personal account.',
      'Log in to your account to see your bill.',
    ],
  });
});
