import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'ccb',
  kind: 'state-bank',
  names: {
    zhHans: ['中国建设银行', '建设银行', '建行'],
    zhHant: ['中國建設銀行', '建設銀行', '建行'],
    en: ['China Construction Bank', 'CCB'],
    pinyin: ['zhongguo jianshe yinhang', 'jianshe yinhang', 'jianhang'],
  },
  aliases: ['中国建设银行', '建设银行', { text: '建行', notAfter: '组新创修筹扩兴始再', notBefore: '政为业动驶' }, 'china construction bank'],
  domains: ['ccb.com'],
  products: [
    {
      id: 'kuaidai',
      kind: 'consumer-loan',
      names: { zhHans: ['快贷', '建行快贷'], zhHant: ['快貸', '建行快貸'], en: ['Kuaidai', 'CCB Quick Loan'], pinyin: ['kuaidai', 'kuai dai'] },
      aliases: ['建行快贷', '建设银行快贷', 'ccb kuaidai'],
      hostAliases: ['快贷'],
    },
  ],
  hostBrands: ['jianhang', 'jiansheyinhang', '建行', '建设银行'],
  urls: {
    match: ['https://www.ccb.com/cn/personal/loan/kuaidai.html', 'https://ebank.ccb.com/', 'http://ccb.com/'],
    reject: ['https://ccb.com.cn/', 'https://ccb.com.example.org/', 'https://myccb.com/'],
    lookalike: ['https://ccb-collection.com/', 'https://ccb.com.example.org/', 'https://建行客服.com/'],
  },
});
