import { defineLender } from '../schema.ts';

export default defineLender({
  id: 'icbc',
  kind: 'state-bank',
  names: {
    zhHans: ['中国工商银行', '工商银行', '工行'],
    zhHant: ['中國工商銀行', '工商銀行', '工行'],
    en: ['Industrial and Commercial Bank of China', 'ICBC'],
    pinyin: ['zhongguo gongshang yinhang', 'gongshang yinhang', 'gonghang'],
  },
  aliases: ['中国工商银行', '工商银行', { text: '工行', notAfter: '施员加手化分职竣开动', notBefore: '业驶' }, 'icbc'],
  domains: ['icbc.com.cn'],
  products: [
    {
      id: 'rong-e-jie',
      kind: 'consumer-loan',
      names: { zhHans: ['融e借'], zhHant: ['融e借'], en: ['Rong e Jie'], pinyin: ['rong e jie'] },
      aliases: ['融e借', 'rongejie', 'rong e jie'],
    },
  ],
  hostBrands: ['gonghang', 'gongshangyinhang', '工行', '工商银行'],
  urls: {
    match: [
      'https://www.icbc.com.cn/page/personal/loan/rongejie/index.html',
      'https://mybank.icbc.com.cn/icbc/newperbank/perbank3/frame/frame_index.jsp',
      'http://icbc.com.cn/',
    ],
    reject: ['https://icbc.com.cn.example.org/', 'https://www.myicbc.com.cn/', 'https://www.icbc.com/'],
    lookalike: ['https://icbc-kefu.com/', 'https://www.icbc.com.cn.abc-top.top/login', 'https://1cbc-fawu.com/', 'https://工商银行客服.cn/'],
  },
});
