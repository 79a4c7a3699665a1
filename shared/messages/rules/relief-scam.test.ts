import { describe } from 'vitest';
import { reliefScamRule } from './relief-scam.ts';
import { itChecksExamples } from './test-support.ts';

describe('reliefScamRule', () => {
  itChecksExamples(reliefScamRule, {
    zh: [
      '专业团队帮你优化债务',
      '逾期记录可修复，不成功不收费',
      '征信黑户也能白回来',
      '信用卡逾期免费咨询法务老师24小时在线',
      '减债80%',
      '停掉高额违约金',
      'Due to a new legislation, those struggling with debt can now apply to have it written off',
      '【债务优化中心】专业团队帮您停息挂账、减免罚息，先咨询后收费，详询微信138-0000-0000。',
      '我们可以帮您全额停息、只还本金，办理只需缴纳服务费1999元。',
      '专业处理网贷逾期，停息挂账，收费合理',
      '征信修复，不成功不收费，详询vx',
      '网贷逾期？债务优化一对一服务，咨询费299元',
      '国家最新政策，网贷可以只还本金，找我们办理，收取少量服务费',
    ],
    zhHant: ['被催收爆通訊錄？我們提供一對一反催收服務，服務費僅需888元。'],
    en: ['Debt relief service: stop all collection calls, fee only RMB 999.', 'Debt settlement experts. Add us on WeChat.'],
    negatives: [
      '我行可为您办理个性化分期，不收取任何服务费。',
      '如遇困难，可致电95555申请分期还款',
      '谨防“征信修复”骗局',
      '可在有钱花App“还款”页面申请延期或分期还款方案，全程免费办理，请勿相信收费的“代理协商”。',
      '我行可为您办理个性化分期，不收取任何服务费。',
      '您可在App内申请延期还款，全程免费。',
      '谨防不法分子以"停息挂账"为名收取费用。',
      '温馨提示：近期有不法分子冒充我司工作人员，以"停息挂账""债务优化"为名收取服务费，请勿相信。',
      '今天只要先还500就给你停催。',
      '如有人向您推销停息挂账服务并收取费用，请勿相信。',
      '您的账单应还1,256.30元，可申请减免罚息。',
      'You can ask us for a repayment plan for free.',
      '【微众银行】您可以登录微众银行App申请个性化分期，我行不收取任何中介费用，请勿相信第三方代理。',
    ],
  });
});
