import { describe } from 'vitest';
import { impersonatesAuthorityRule } from './impersonates-authority.ts';
import { itChecksExamples } from './test-support.ts';

describe('impersonatesAuthorityRule', () => {
  itChecksExamples(impersonatesAuthorityRule, {
    zh: [
      '已触发立案程序',
      'xx金融已向法院提起诉讼，请立即处理',
      '您的案件已进入审理阶段',
      'This is the Civil Investigations Unit, a complaint has been filed against you',
      '【经侦支队】你涉嫌恶意透支一案已移交公安机关。',
      '【法院通知】您的借款纠纷案件已立案，如需撤诉请联系138-0000-0000。',
      '我是XX派出所民警，你的案子我们已经受理',
      '【公安局】你涉嫌恶意拖欠，已被立案调查',
      '您的案件已移交法院，传票将于近日送达',
      '我们是金融监管总局授权的协商平台',
      '您好，我们是银保监会指定的债务协商机构。',
      '检察院已经对你批捕',
      '你已被法院起诉，请立即联系138-1234-5678处理',
      '我是公安局经侦大队的王警官',
      '本通知由人民法院执行局发出',
      '你已被列为刑事案件被告，检察院即将批捕。',
      '请于24小时内联系办案民警。',
      '我们已向当地公安机关报案。',
      '我是XX律师事务所律师，你的行为已涉嫌刑事犯罪。',
      '您已涉嫌信用卡诈骗，否则将移送公安机关',
      'XX法院执行局：你因借款纠纷已被列为被执行人',
    ],
    en: [
      'This is the police. Pay now.',
      'A warrant has been issued for your arrest.',
      'We are appointed by the regulator to settle your debt.',
      'The court has frozen your bank account.',
    ],
    negatives: [
      '等着收法院传票吧',
      '现已进入诉前调解程序，避免法院起诉',
      '【杭州市西湖区人民法院】原告诉你金融借款合同纠纷一案，本院已立案受理，案号（2025）浙0106民初0000号。请登录 https://zxfw.court.gov.cn 查看。',
      '若一直未还，委托方可能依法向法院提起诉讼。',
      '若协商不成，我司可能依法向人民法院提起诉讼。',
      '【马上消费】我司是经银保监会批准设立的持牌消费金融公司，请按时还款。',
      '如遇暴力催收，可向公安机关报案或拨打110。',
      '逾期记录将报送中国人民银行征信中心。',
      '您可以拨打12378向金融监管总局反映。',
      '我是北京某律师事务所的张律师，受委托与您协商还款。',
      '这是员工个人行为委托的，与本公司无关。',
      'We may take legal action if the debt remains unpaid.',
      '您的欠款已转交我司法务部门处理，否则我司将考虑通过法律途径解决。',
      '尊敬的客户，我司已委托北京某律师事务所向您发送律师函，请及时处理。',
    ],
  });
});
