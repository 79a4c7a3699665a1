import { defineLender } from '../schema.ts';

/** 和 and 信贷 are common words: 贷款和信贷 or 用和信贷款 are not this platform. */
const hexindai = { text: '和信贷', notAfter: '款用费与及或并和', notBefore: '款' };

export default defineLender({
  id: 'hexin',
  kind: 'p2p-platform',
  names: {
    zhHans: ['和信贷', '和信金融'],
    zhHant: ['和信貸', '和信金融'],
    en: ['Hexindai', 'Hexin Finance'],
    pinyin: ['hexindai', 'he xin dai', 'hexin jinrong'],
  },
  aliases: [hexindai, '和信金融', 'hexindai', 'hexin finance'],
  domains: ['hexindai.com'],
  products: [
    {
      id: 'hexindai',
      kind: 'p2p-loan',
      names: { zhHans: ['和信贷'], zhHant: ['和信貸'], en: ['Hexindai'], pinyin: ['hexindai', 'he xin dai'] },
      aliases: [hexindai, 'hexindai'],
    },
  ],
  hostBrands: ['和信贷'],
  urls: {
    match: ['https://www.hexindai.com/', 'https://m.hexindai.com/account/loan', 'http://hexindai.com/about'],
    reject: ['https://hexindai.com.cn/', 'https://www.hengzheng-law.cn/notice/letter', 'https://hexindai.example.com/'],
    lookalike: ['https://hexindai-tuikuan.com/', 'https://hexindai.com.fawu-center.cn/'],
  },
});
