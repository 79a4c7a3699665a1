import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'duxiaoman',
  kind: 'platform',
  names: { zhHans: ['度小满', '度小满金融'], zhHant: ['度小滿', '度小滿金融'], en: ['Du Xiaoman', 'Du Xiaoman Financial'], pinyin: ['duxiaoman', 'du xiaoman jinrong'] },
  aliases: ['度小满', 'duxiaoman', 'du xiaoman'],
  domains: ['duxiaoman.com'],
  products: [
    {
      id: 'youqianhua',
      kind: 'consumer-loan',
      names: { zhHans: ['有钱花', '度小满有钱花'], zhHant: ['有錢花', '度小滿有錢花'], en: ['Youqianhua'], pinyin: ['youqianhua', 'you qian hua'] },
      aliases: ['有钱花', 'youqianhua'],
    },
  ],
  hostBrands: ['youqianhua', '度小满', '有钱花'],
  urls: {
    match: ['https://www.duxiaoman.com/en/careers', 'https://www.duxiaoman.com/', 'https://m.duxiaoman.com/loan'],
    reject: ['https://duxiaoman.com.example.org/', 'https://notduxiaoman.com/', 'https://duxiaoman.cn/'],
    lookalike: ['https://duxiaoman-yuqi.com/', 'https://youqianhua-kefu.cn/'],
  },
});
