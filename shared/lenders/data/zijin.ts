import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'zijin',
  kind: 'rural-commercial-bank',
  names: {
    zhHans: ['江苏紫金农村商业银行', '紫金农商银行', '紫金农商行'],
    zhHant: ['江蘇紫金農村商業銀行', '紫金農商銀行', '紫金農商行'],
    en: ['Jiangsu Zijin Rural Commercial Bank', 'Zijin Rural Commercial Bank'],
    pinyin: ['jiangsu zijin nongcun shangye yinhang', 'zijin nongshang yinhang', 'zijin nongshanghang'],
  },
  aliases: ['紫金农村商业银行', '紫金农商', '紫金银行', 'zijin rural', 'zjrcbank'],
  domains: ['zjrcbank.com'],
  products: [
    {
      id: 'e-dai',
      kind: 'consumer-loan',
      names: { zhHans: ['紫金E贷'], zhHant: ['紫金E貸'], en: ['Zijin E-Dai'], pinyin: ['zijin e dai'] },
      aliases: ['紫金e贷', 'zijin e-dai', 'zijin e dai'],
      hostAliases: ['e贷'],
    },
  ],
  hostBrands: ['zijinbank', 'zjrcb', '紫金农商', '紫金农商银行'],
  urls: {
    match: ['https://ebank.zjrcbank.com/perbank/loan/repayPlan.do?loanNo=1', 'https://www.zjrcbank.com/', 'http://zjrcbank.com/'],
    reject: ['https://zjrcbank.com.example.net/', 'https://www.zjrcbank.cn/', 'https://myzjrcbank.com/'],
    lookalike: ['https://zjrcbank.com.kefu.cn/', 'https://zjrcb-tiaojie.com/'],
  },
});
