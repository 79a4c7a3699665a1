import { describe } from 'vitest';
import { falseConsequenceRule } from './false-consequence.ts';
import { itChecksExamples } from './test-support.ts';

describe('falseConsequenceRule', () => {
  itChecksExamples(falseConsequenceRule, {
    zh: [
      '已被列入金融诈骗名单',
      '否则影响子女上学、考公',
      '请督促还款以免影响双方征信',
      '把你在老家的房子贴封条',
      '您的账户已被冻结',
      '72小时后你将收到传票，成为失信被执行人',
      '逾期记录终身无法消除',
      '逾期不还就是诈骗，到时候直接判刑坐牢。',
      '你孩子以后考公务员、上大学都要受影响，全家都进黑名单。',
      '逾期不联系将依法上门抓捕。',
      '三日内将强制执行，冻结您名下银行卡及微信、支付宝余额。',
      '再不还就等着坐牢吧',
      '你这属于恶意拖欠，已构成诈骗罪',
      '48小时内不还款，将查封你的房子',
      '你的子女将无法参加公务员考试',
      '逾期不还将被刑事拘留',
      '欠款不还属于诈骗，要负刑事责任',
      '你已被列入失信黑名单，以后不能坐飞机',
      '上了黑名单，孩子以后上不了好学校',
      '您已涉嫌信用卡诈骗，请于今日内处理',
      '今日不还将拘留',
      '你将面临牢狱之灾',
    ],
    en: [
      'If you do not pay you will go to jail.',
      'Not paying is fraud.',
      'We will freeze your bank account tomorrow.',
      'You will be arrested.',
      'The court has frozen your bank account.',
    ],
    negatives: [
      '逾期记录将报送征信',
      '请避免影响您的征信',
      '逾期记录将报送中国人民银行征信中心，可能影响您日后办理贷款和信用卡。',
      '逾期不会坐牢，但会影响您的征信记录。',
      '逾期30天后将冻结您的借款额度。',
      '判决生效后仍不履行的，可能被依法强制执行。',
      '凡是要求您转入个人账户的均属于诈骗。',
      '欠款不还不构成诈骗，但需要承担违约责任。',
      '若一直未还，委托方可能依法向法院提起诉讼。',
      '还款日当天将从您绑定的银行卡自动划扣。',
      'You will not go to jail for a late payment.',
      'Late payment may be reported to the credit bureau.',
      '您好，您的逾期信息已上报人行征信，结清后将在5年后自动消除。',
      '【浦发银行】我行将按照合同约定计收违约金，并依法报送征信。',
    ],
  });
});
