import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'mybank',
  kind: 'internet-bank',
  names: {
    zhHans: ['浙江网商银行', '网商银行'],
    zhHant: ['浙江網商銀行', '網商銀行'],
    en: ['MYbank', 'Zhejiang E-commerce Bank'],
    pinyin: ['zhejiang wangshang yinhang', 'wangshang yinhang'],
  },
  aliases: ['网商银行', 'mybank'],
  domains: ['mybank.cn'],
  products: [
    {
      id: 'wangshangdai',
      kind: 'business-loan',
      names: { zhHans: ['网商贷'], zhHant: ['網商貸'], en: ['Wangshangdai'], pinyin: ['wangshangdai', 'wang shang dai'] },
      aliases: ['网商贷', 'wangshangdai'],
    },
  ],
  hostBrands: ['wangshangdai', 'wangshangyinhang', '网商银行', '网商贷'],
  urls: {
    match: ['https://loan.mybank.cn/overdue/detail.htm?loanNo=1', 'https://www.mybank.cn/', 'http://mybank.cn/loan'],
    reject: ['https://mybank.icbc.com.cn/', 'https://mybank.cn.example.com/', 'https://notmybank.cn/'],
    lookalike: ['https://mybank-cuishou.cn/', 'https://mybank-cn.com/', 'https://网商贷逾期.cn/'],
  },
});
