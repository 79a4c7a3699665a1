import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'jd',
  kind: 'platform',
  names: {
    zhHans: ['京东金融', '京东科技'],
    zhHant: ['京東金融', '京東科技'],
    en: ['JD Finance', 'JD Technology'],
    pinyin: ['jingdong jinrong', 'jingdong keji'],
  },
  aliases: ['京东金融', '京东科技', '京东数科', 'jd finance', 'jd.com finance'],
  domains: ['jd.com', 'jdjr.com'],
  products: [
    {
      id: 'jintiao',
      kind: 'consumer-loan',
      names: { zhHans: ['金条', '京东金条'], zhHant: ['金條', '京東金條'], en: ['Jintiao'], pinyin: ['jintiao', 'jin tiao'] },
      aliases: ['京东金条', 'jd jintiao'],
      hostAliases: ['金条'],
    },
    {
      id: 'baitiao',
      kind: 'consumer-credit-line',
      names: { zhHans: ['白条', '京东白条'], zhHant: ['白條', '京東白條'], en: ['Baitiao'], pinyin: ['baitiao', 'bai tiao'] },
      aliases: ['京东白条', 'jd baitiao'],
      hostAliases: ['白条'],
    },
  ],
  hostBrands: ['jingdong', 'jdjinrong', 'baitiao', 'jintiao', '京东', '京东金融', '白条', '金条'],
  urls: {
    match: ['https://jr.jd.com/', 'https://trade.jd.com/', 'https://www.jdjr.com/loan'],
    reject: ['https://jd.com.example.cn/', 'https://notjd.com/', 'https://jd.com.cn/'],
    lookalike: ['https://jd.com.kefu-center.cn/', 'https://jd-com.cn/', 'https://jdfawu.cn/', 'https://jd.com.cn/', 'https://京东金融客服.com/'],
  },
});
