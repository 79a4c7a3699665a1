import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'antgroup',
  kind: 'consumer-finance',
  names: {
    zhHans: ['蚂蚁集团', '重庆蚂蚁消费金融'],
    zhHant: ['螞蟻集團', '重慶螞蟻消費金融'],
    en: ['Ant Group', 'Chongqing Ant Consumer Finance'],
    pinyin: ['mayi jituan', 'chongqing mayi xiaofei jinrong'],
  },
  aliases: ['蚂蚁集团', '蚂蚁消费金融', '蚂蚁消金', 'ant group'],
  domains: ['alipay.com', 'antgroup.com'],
  products: [
    {
      id: 'jiebei',
      kind: 'consumer-loan',
      names: { zhHans: ['借呗', '蚂蚁借呗'], zhHant: ['借唄', '螞蟻借唄'], en: ['Jiebei'], pinyin: ['jiebei', 'jie bei'] },
      aliases: ['借呗', 'jiebei'],
    },
    {
      id: 'huabei',
      kind: 'consumer-credit-line',
      names: { zhHans: ['花呗', '蚂蚁花呗'], zhHant: ['花唄', '螞蟻花唄'], en: ['Huabei'], pinyin: ['huabei', 'hua bei'] },
      aliases: ['花呗', 'huabei'],
    },
  ],
  hostBrands: ['zhifubao', 'mayijinfu', '支付宝', '蚂蚁金服', '蚂蚁集团', '花呗', '借呗'],
  urls: {
    match: ['https://render.alipay.com/p/c/huabei-bill/index.html', 'https://www.antgroup.com/', 'https://alipay.com/'],
    reject: ['https://alipay.com.cn/', 'https://fakealipay.com/', 'https://alipay.com.example.org/'],
    lookalike: ['https://xn--lipay-3ve.com/', 'https://a1ipay-kefu.cn/', 'https://支付宝注销.com/', 'https://alipay.com.cn/'],
  },
});
