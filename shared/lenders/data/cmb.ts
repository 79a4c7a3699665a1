import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'cmb',
  kind: 'joint-stock-bank',
  names: {
    zhHans: ['招商银行', '招行'],
    zhHant: ['招商銀行', '招行'],
    en: ['China Merchants Bank', 'CMB'],
    pinyin: ['zhaoshang yinhang', 'zhaohang'],
  },
  aliases: ['招商银行', '招行', 'china merchants bank', '掌上生活'],
  domains: ['cmbchina.com'],
  products: [
    {
      id: 'credit-card',
      kind: 'credit-card',
      names: { zhHans: ['招行信用卡'], zhHant: ['招行信用卡'], en: ['CMB credit card'], pinyin: ['zhaohang xinyongka'] },
      aliases: ['招行信用卡', '招商银行信用卡', '掌上生活'],
      hostAliases: ['信用卡', '账单分期'],
    },
    {
      id: 'shandiandai',
      kind: 'consumer-loan',
      names: { zhHans: ['闪电贷', '招行闪电贷'], zhHant: ['閃電貸', '招行閃電貸'], en: ['Shandiandai'], pinyin: ['shandiandai', 'shan dian dai'] },
      aliases: ['闪电贷', 'shandiandai'],
    },
  ],
  hostBrands: ['cmb', 'zhaohang', '招行', '招商银行'],
  urls: {
    match: ['https://cc.cmbchina.com/Promotion/installment/bill.htm', 'https://www.cmbchina.com/', 'http://cmbchina.com/'],
    reject: ['https://cmbchina.com.example.com/', 'https://www.cmbchina.cn/', 'https://notcmbchina.com/'],
    lookalike: ['https://cmbchina-kefu.com/', 'https://cmbchina.com.example.com/', 'https://www-cmbchina-com.top/'],
  },
});
