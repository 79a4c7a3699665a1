/**
 * Hosts that are nobody's look-alike (lookalike.test.ts): real sites whose names contain a brand's letters,
 * the lenders' own other sites that are not in the registry, banks and lenders outside it, and China's big
 * sites and regulators. Each must give null. Add a host here whenever a false alarm is found.
 */
export const NOT_LOOKALIKE_HOSTS: readonly string[] = [
  // a brand's letters inside another word
  'ccbill.com', 'www.jdsports.com', 'www.jdpower.com', 'www.allpay.com.tw', 'www.cmbc.com.cn', 'www.icbcpeople.org', 'www.qifutang.com',
  'www.mybanker.org', 'www.webankers.net', 'alipaya.org',
  'jdi.example.com', 'www.ajd.com', 'meituanx.com', 'www.ccbc.edu', 'www.cmbs.org', 'www.icbcorp.com',
  // the lenders' own other sites (not in the registry, not imitating it)
  'www.jd.hk', 'www.jdcloud.com', 'www.jdl.com', 'www.jdpay.com', 'img10.360buyimg.com', 'www.360buy.com', 'gw.alipayobjects.com',
  'www.alipay.hk', 'www.antfin.com', 'www.meituan.net', 'waimai.meituan.net', 'www.dianping.com', 'www.icbcasia.com', 'www.icbc-ltd.com',
  'www.icbcleasing.com', 'www.ccbintl.com.hk', 'www.ccbfund.cn', 'www.cmbwinglungbank.com', 'www.cmbi.com.hk', 'www.cmbchina.cn',
  'www.alipay.cn', 'www.webank.cn', 'www.icbc.com', 'www.ccb.cn', 'www.meituan.cn', 'www.duxiaoman.cn', 'www.360.cn', 'www.so.com',
  // other banks and lenders
  'www.boc.cn', 'www.abchina.com', 'www.bankcomm.com', 'www.psbc.com', 'www.spdb.com.cn', 'www.cib.com.cn', 'www.cebbank.com',
  'www.hxb.com.cn', 'bank.pingan.com', 'www.citicbank.com', 'www.cgbchina.com.cn', 'www.bankofbeijing.com.cn', 'www.hsbc.com.cn',
  'www.standardchartered.com.cn', 'www.zhaoshang.gov.cn', 'www.cmbcfinance.cn',
  'www.zhongan.com', 'www.lexin.com', 'www.lufax.com', 'www.xiaoying.com', 'www.kaisafax.com', 'www.ppdai.com', 'www.mashangxiaofei.com',
  // regulators, courts and public services (often named in fake notices)
  'www.nfra.gov.cn', 'www.pbc.gov.cn', 'www.court.gov.cn', 'wenshu.court.gov.cn', 'zxgk.court.gov.cn', 'www.12368.gov.cn', 'www.12321.cn',
  'www.nifa.org.cn', 'www.spp.gov.cn', 'www.mps.gov.cn', 'www.gov.cn', 'www.pbccrc.org.cn', 'www.12378.cn',
  // big sites
  'www.baidu.com', 'www.qq.com', 'mp.weixin.qq.com', 'www.taobao.com', 'www.tmall.com', 'www.163.com', 'www.sina.com.cn', 'weibo.com',
  'www.zhihu.com', 'www.bilibili.com', 'www.douyin.com', 'www.pinduoduo.com', 'www.ctrip.com', 'www.12306.cn', 'www.xiaohongshu.com',
  'tieba.baidu.com', 'www.sohu.com', 'www.ifeng.com', 'www.eastmoney.com', 'www.hexun.com', 'www.caixin.com', 'www.yicai.com',
  // addresses of other sites written into a proxy's label on purpose
  'www-jd-com.translate.goog', 'www-icbc-com-cn.cdn.ampproject.org',
  // not hosts a browser would show
  'localhost', '127.0.0.1', '[::1]',
];
