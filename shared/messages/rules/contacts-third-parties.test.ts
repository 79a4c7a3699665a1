import { describe } from 'vitest';
import { contactsThirdPartiesRule } from './contacts-third-parties.ts';
import { itChecksExamples } from './test-support.ts';

describe('contactsThirdPartiesRule', () => {
  itChecksExamples(contactsThirdPartiesRule, {
    zh: [
      '你好，您的朋友张某在我司借款逾期，请转告他尽快还款',
      '请转告李某，尽快处理欠款',
      '你的通讯录我们已经拿到了',
      '今天下午5点前不还款，我们就挨个打电话给你通讯录里的人。',
      '再不还我们就联系你的紧急联系人',
      '今天不处理，我们会给你同事和领导打电话',
      '我们将爆你通讯录',
      '外访人员明天到你公司找你人事',
      '明天上午10点我们的外访人员会去你单位',
      '你的家人都会知道你欠钱不还',
      '你不还钱，我们就天天打电话给你妈',
      '已经给你单位发函了',
      '我们马上群发短信给你所有联系人',
      '你要是再不接电话，我们就去你老家找你爸妈',
      '我们会联系你的HR',
      '那我只好去找你老婆孩子聊聊了',
      '让你父母替你还',
      '已经给你所有的亲戚朋友发了短信',
      '我们会通知你村里的人',
    ],
    zhHant: ['若今日仍未處理，我們將通知您的父母、配偶及公司人事部門。'],
    en: [
      'Pay today or we will tell your employer that you are a thief.',
      'We will call your mother and your boss tomorrow.',
      'We are contacting everyone in your contact list.',
      'Your family will know about this debt.',
      'Your boss will hear about this today.',
    ],
    negatives: [
      '请您本人尽快还款，我们不会联系您的家人',
      '请您本人务必于今日处理欠款',
      '我们不会联系您的家人、同事或其他第三方，请放心。',
      '如有疑问请联系官方客服或您的客户经理。',
      '本公司不会向您的通讯录联系人催收。',
      '被催收爆通讯录？我们提供反催收服务。',
      '你孩子以后考公务员、上大学都要受影响。',
      '我们会把你的欠款发到你们公司群里。',
      '请联系人工客服处理。',
      '如遇催收人员骚扰您的家人，可拨打12378投诉。',
      '催收方联系你的同事和领导的，可以投诉。',
      '您好，如您联系方式变更，请及时告知我们，以免影响您的权益。',
      '您好，我是XX资产管理公司的调解员，受银行委托与您沟通欠款事宜。',
      'Your loan is overdue. We do not contact your family or employer.',
      '我们会找几个兄弟上门好好跟你聊聊',
      'We will never contact your family or employer about this debt.',
      'Please contact us on 400-000-0000 if you need help.',
      'If you are having difficulty, talk to us about a repayment plan.',
    ],
  });
});
