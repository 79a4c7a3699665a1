import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'qifu',
  kind: 'platform',
  names: {
    zhHans: ['奇富科技', '360数科'],
    zhHant: ['奇富科技', '360數科'],
    en: ['Qifu Technology', '360 DigiTech'],
    pinyin: ['qifu keji', '360 shuke'],
  },
  aliases: ['奇富科技', '奇富', '360数科', '360金融', 'qifu', '360 digitech'],
  domains: ['qifu.com', '360jie.com'],
  products: [
    {
      id: 'jietiao',
      kind: 'consumer-loan',
      names: { zhHans: ['奇富借条', '360借条'], zhHant: ['奇富借條', '360借條'], en: ['Qifu Jietiao', '360 Jietiao'], pinyin: ['qifu jietiao', '360 jietiao'] },
      aliases: ['奇富借条', '360借条', 'qifu jietiao'],
      hostAliases: ['借条'],
    },
  ],
  hostBrands: ['360jietiao', 'qifujietiao', '奇富', '奇富借条', '360借条'],
  urls: {
    match: ['https://www.360jie.com/h5/bill/detail?bill=1', 'https://www.qifu.com/', 'https://m.qifu.com/loan'],
    reject: ['https://360jie.com.example.cn/', 'https://qifu.com.cn/', 'https://my360jie.com/'],
    lookalike: ['https://360jie-huankuan.com/', 'https://www.360jie.com.cn.xyz/'],
  },
});
