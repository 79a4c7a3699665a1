/** The SPC bank-card provisions (2021): reducing excessive card charges; what interrupts the limitation period. */
import { defineLawText } from '../law-text.ts';

export const bankCardProvisions = defineLawText({
  id: 'bank-card-provisions',
  title: '最高人民法院关于审理银行卡民事纠纷案件若干问题的规定',
  number: '法释〔2021〕10号',
  binding: 'judicial-interpretation',
  version: { label: '2021年公布', date: '2021-05-24', inForce: '2021-05-25', marks: ['2021'], current: true },
  source: {
    repo: 'LawRefBook/Laws',
    commit: '2f4c5c23716267af9dbebbbbd6cbbf732b101981',
    paths: ['司法解释/最高人民法院关于审理银行卡民事纠纷案件若干问题的规定(2021-05-24).md'],
  },
  articles: {
    '2': [
      '发卡行在与持卡人订立银行卡合同时，对收取利息、复利、费用、违约金等格式条款未履行提示或者说明义务，致使持卡人没有注意或者理解该条款，持卡人主张该条款不成为合同的内容、对其不具有约束力的，人民法院应予支持。',
      '发卡行请求持卡人按照信用卡合同的约定给付透支利息、复利、违约金等，或者给付分期付款手续费、利息、违约金等，持卡人以发卡行主张的总额过高为由请求予以适当减少的，人民法院应当综合考虑国家有关金融监管规定、未还款的数额及期限、当事人过错程度、发卡行的实际损失等因素，根据公平原则和诚信原则予以衡量，并作出裁决。',
    ],
    '3': [
      '具有下列情形之一的，应当认定发卡行对持卡人享有的债权请求权诉讼时效中断：',
      '（一）发卡行按约定在持卡人账户中扣划透支款本息、违约金等；',
      '（二）发卡行以向持卡人预留的电话号码、通讯地址、电子邮箱发送手机短信、书面信件、电子邮件等方式催收债权；',
      '（三）发卡行以持卡人恶意透支存在犯罪嫌疑为由向公安机关报案；',
      '（四）其他可以认定为诉讼时效中断的情形。',
    ],
  },
});
