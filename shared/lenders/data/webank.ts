import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'webank',
  kind: 'internet-bank',
  names: {
    zhHans: ['微众银行', '深圳前海微众银行'],
    zhHant: ['微眾銀行', '深圳前海微眾銀行'],
    en: ['WeBank'],
    pinyin: ['weizhong yinhang', 'shenzhen qianhai weizhong yinhang'],
  },
  aliases: ['微众银行', '前海微众', 'webank'],
  domains: ['webank.com'],
  products: [
    {
      id: 'weilidai',
      kind: 'consumer-credit-line',
      names: { zhHans: ['微粒贷'], zhHant: ['微粒貸'], en: ['Weilidai'], pinyin: ['weilidai', 'wei li dai'] },
      aliases: ['微粒贷', 'weilidai'],
    },
  ],
  hostBrands: ['weilidai', 'weizhongyinhang', '微众', '微众银行', '微粒贷'],
  urls: {
    match: ['https://www.webank.com/product/weilidai/', 'https://m.webank.com/h5/loan', 'https://webank.com/'],
    reject: ['https://webank.com.cn/', 'https://www.mywebank.com/', 'https://webank.example.com/'],
    lookalike: ['https://webank-legal.cn/notice', 'https://www.vvebank.com/', 'https://微粒贷-客服.com/'],
  },
});
