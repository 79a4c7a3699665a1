import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'meituan',
  kind: 'platform',
  names: { zhHans: ['美团', '美团金融'], zhHant: ['美團', '美團金融'], en: ['Meituan'], pinyin: ['meituan', 'meituan jinrong'] },
  aliases: ['美团', 'meituan'],
  domains: ['meituan.com'],
  products: [
    {
      id: 'jieqian',
      kind: 'consumer-loan',
      names: { zhHans: ['美团借钱', '美团生活费'], zhHant: ['美團借錢', '美團生活費'], en: ['Meituan Jieqian'], pinyin: ['meituan jieqian', 'meituan shenghuofei'] },
      aliases: ['美团借钱', '美团生活费', 'meituan jieqian'],
      hostAliases: ['借钱'],
    },
  ],
  hostBrands: ['美团'],
  urls: {
    match: ['https://www.meituan.com/', 'https://jr.meituan.com/loan', 'http://meituan.com/'],
    reject: ['https://meituan.com.example.net/', 'https://mymeituan.com/', 'https://meituan.cn.example/'],
    lookalike: ['https://rneituan.com/', 'https://meituan-jiekuan.cn/', 'https://meituan.com.example.net/'],
  },
});
