/** CONTRACT §1 as written, for tests and content checks to compare the registry against. */
export const CONTRACT_LENDERS = [
  { id: 'icbc', products: ['rong-e-jie'], domains: ['icbc.com.cn'] },
  { id: 'webank', products: ['weilidai'], domains: ['webank.com'] },
  { id: 'mybank', products: ['wangshangdai'], domains: ['mybank.cn'] },
  { id: 'zijin', products: ['e-dai'], domains: ['zjrcbank.com'] },
  { id: 'hexin', products: ['hexindai'], domains: ['hexindai.com'] },
  { id: 'antgroup', products: ['jiebei', 'huabei'], domains: ['alipay.com', 'antgroup.com'] },
  { id: 'jd', products: ['jintiao', 'baitiao'], domains: ['jd.com', 'jdjr.com'] },
  { id: 'meituan', products: ['jieqian'], domains: ['meituan.com'] },
  { id: 'duxiaoman', products: ['youqianhua'], domains: ['duxiaoman.com'] },
  { id: 'qifu', products: ['jietiao'], domains: ['qifu.com', '360jie.com'] },
  { id: 'cmb', products: ['credit-card', 'shandiandai'], domains: ['cmbchina.com'] },
  { id: 'ccb', products: ['kuaidai'], domains: ['ccb.com'] },
];
