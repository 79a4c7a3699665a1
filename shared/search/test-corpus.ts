/**
 * A small corpus for the search tests: short pages that mimic the real slugs and the way the real pages
 * are written, in Simplified Chinese (`ZH_HANS_DOCS`) and English (`EN_DOCS`). Traditional pages are made
 * from the Simplified ones by OpenCC in the tests.
 */
import { kindOfSection } from '../content/content-kind.ts';
import type { SearchDocInput } from './search-doc.ts';

type PageText = Omit<SearchDocInput, 'slug' | 'lang' | 'kind' | 'headings' | 'sections'> & {
  sections: Array<[heading: string, text: string]>;
};

function doc(slug: string, lang: SearchDocInput['lang'], text: PageText): SearchDocInput {
  return {
    slug,
    lang,
    kind: kindOfSection(slug.split('/')[0] ?? '') ?? 'rights',
    title: text.title,
    summary: text.summary,
    keywords: text.keywords,
    aliases: text.aliases,
    headings: text.sections.map(([h]) => h).filter(Boolean),
    sections: text.sections.map(([heading, t]) => ({ heading, text: t })),
  };
}

const zh = (slug: string, text: PageText) => doc(slug, 'zh-hans', text);
const en = (slug: string, text: PageText) => doc(slug, 'en', text);

export const ZH_HANS_DOCS: SearchDocInput[] = [
  zh('rights/third-party-contact', {
    title: '催收能不能联系我的家人和同事',
    summary: '催收只能找借款人本人。向你的家人、同事、朋友或单位透露欠款，属于违规催收，可以投诉。',
    keywords: ['联系家人', '联系同事', '爆通讯录', '第三人', '单位'],
    aliases: ['催收找家人', '催收打给同事'],
    sections: [
      ['规则怎么说', '催收人员只能向借款人本人催收。不得向借款人的亲友、同事、领导等与借款无关的第三人透露欠款信息，也不得骚扰他们。紧急联系人只能在联系不上本人时用于找到本人，不能被当成还款人。'],
      ['如果催收打给了同事或单位', '记下时间、号码和对方说的话，保存通话录音和短信截图。先向贷款机构客服投诉，要求停止联系第三人；机构不处理的，可以拨打12378向金融监管部门投诉。'],
    ],
  }),
  zh('rights/contact-hours', {
    title: '催收能在几点打电话',
    summary: '催收应当在白天合理时间联系你，深夜、凌晨打电话或者一天打几十个电话都是违规的。',
    keywords: ['催收时间', '半夜打电话', '频繁打电话', '夜间催收'],
    aliases: ['催收几点打电话'],
    sections: [
      ['可以联系的时间', '行业自律规则要求催收只在白天合理时间进行，通常是早上8点到晚上9点。晚上10点以后、凌晨时分的电话和短信属于违规。'],
      ['频率', '一天之内反复拨打、用多个号码轮流呼叫，属于骚扰。把每一次来电的时间记下来，作为投诉的证据。'],
    ],
  }),
  zh('rights/criminal-liability-myths', {
    title: '欠网贷不还会坐牢吗',
    summary: '欠钱不还一般是民事纠纷，不是犯罪，不会因此坐牢。催收说“马上立案抓人”多半是吓唬。',
    keywords: ['坐牢', '刑事责任', '诈骗罪', '立案', '抓人'],
    aliases: ['欠钱不还坐牢', '逾期会不会坐牢'],
    sections: [
      ['民事纠纷，不是犯罪', '因为收入下降还不上网络贷款，属于民事上的借款合同纠纷。贷款机构可以起诉你要求还钱，但不能让你坐牢。'],
      ['哪些情况才涉及刑事', '借款时编造身份、虚构用途骗取贷款，恶意透支信用卡经两次催收超过三个月仍不归还，或者法院判决后有能力执行却拒不执行，才可能涉及刑事责任。'],
      ['面对“立案”威胁', '真正的立案通知来自公安机关或法院，不会由催收员通过短信发来。催收冒充公检法是违规的，可以报警。'],
    ],
  }),
  zh('scenarios/home-visit-announced', {
    title: '催收说要上门怎么办',
    summary: '催收说要上门或者去你家里、单位，先别慌：上门催收有严格限制，你可以拒绝开门并保留证据。',
    keywords: ['上门催收', '家访', '外访', '来家里'],
    aliases: ['催收上门', '说要来家里'],
    sections: [
      ['先确认对方身份', '要求对方说明所属机构和工号，向贷款机构客服核实是否真的安排了外访。'],
      ['你可以怎么做', '你没有义务开门。对方在门外吵闹、张贴欠款信息或者骚扰邻居的，可以拨打110报警，并向12378投诉。'],
    ],
  }),
  zh('rights/home-visits', {
    title: '上门催收有哪些规矩',
    summary: '上门催收必须由贷款机构事先安排，人数、时间和言行都有限制。',
    keywords: ['上门催收', '外访规则'],
    aliases: ['家访规矩'],
    sections: [
      ['限制', '外访人员应当出示证件，不得夜间上门，不得在借款人住所或单位聚集、喧哗，不得拍照张贴。'],
    ],
  }),
  zh('scenarios/contacts-my-family', {
    title: '催收联系了我的家人怎么办',
    summary: '催收给你的父母、配偶打电话施压，是违规行为。告诉家人不必替你还款，并保存证据投诉。',
    keywords: ['联系家人', '打给父母', '通讯录'],
    aliases: ['催收打给家人'],
    sections: [
      ['先和家人沟通', '告诉父母和配偶：他们没有替你还款的法律义务，不用回应催收的威胁，可以直接挂断。'],
      ['投诉', '整理通话录音和截图，向贷款机构投诉，再向12378投诉。'],
    ],
  }),
  zh('channels/nfra-12378', {
    title: '拨打12378向金融监管总局投诉',
    summary: '12378是国家金融监督管理总局的银行保险消费者投诉热线，可以投诉银行和消费金融公司的违规催收。',
    keywords: ['12378', '金融监管总局', '银保监会', '投诉热线', '投诉催收'],
    aliases: ['12378热线', '银保监投诉'],
    sections: [
      ['可以投诉什么', '暴力催收、联系第三人、夜间骚扰、冒充公检法等违规催收行为，以及乱收费、利率不透明。'],
      ['怎么投诉', '拨打12378，说明贷款机构名称、借款账号、违规行为的时间和经过，并提供录音、截图等证据。记下工单号，按时跟进。'],
    ],
  }),
  zh('channels/pboc-12363', {
    title: '拨打12363向人民银行投诉',
    summary: '12363是中国人民银行的金融消费权益保护热线，征信记录有误、个人信息被泄露时可以投诉。',
    keywords: ['12363', '人民银行', '征信异议', '个人信息'],
    aliases: ['人行投诉'],
    sections: [
      ['适用情况', '征信报告上的逾期记录有误，或者贷款机构泄露你的个人信息，可以拨打12363投诉。'],
    ],
  }),
  zh('channels/police-110', {
    title: '受到威胁时拨打110报警',
    summary: '催收威胁人身安全、上门闹事、冒充警察时，可以直接拨打110报警。',
    keywords: ['110', '报警', '人身威胁'],
    aliases: ['报警'],
    sections: [
      ['什么时候报警', '对方扬言要打你、伤害家人，或者堵门、砸门、跟踪，都应当立即报警，并保存威胁短信和录音。'],
    ],
  }),
  zh('channels/telecom-12321', {
    title: '骚扰短信和电话可以向12321举报',
    summary: '12321是网络不良与垃圾信息举报受理中心，可以举报催收骚扰短信和骚扰电话。',
    keywords: ['12321', '骚扰短信', '举报', '垃圾短信'],
    aliases: ['短信举报'],
    sections: [
      ['怎么举报', '把骚扰短信转发到12321，或者在12321网站上提交号码和短信内容。'],
    ],
  }),
  zh('products/antgroup-jiebei', {
    title: '借呗逾期了怎么办',
    summary: '蚂蚁借呗逾期后会产生罚息并上报征信。可以联系支付宝客服协商还款安排。',
    keywords: ['借呗', '蚂蚁借呗', '借呗逾期', '支付宝'],
    aliases: ['借呗', '蚂蚁借呗', 'jiebei'],
    sections: [
      ['逾期后会发生什么', '借呗逾期第一天起按日计收罚息，逾期记录会报送征信。长期逾期可能被转给第三方催收机构。'],
      ['怎么协商', '在支付宝联系借呗客服，说明收入变化，申请延期或者分期还款。'],
    ],
  }),
  zh('products/icbc-rong-e-jie', {
    title: '工商银行融e借逾期怎么办',
    summary: '融e借是工商银行的线上个人消费贷款。逾期会产生罚息并影响征信，可以向工行申请协商。',
    keywords: ['融e借', '工商银行', '工行', '融e借逾期'],
    aliases: ['融e借', '工行融e借', 'rong e jie'],
    sections: [
      ['逾期后果', '融e借逾期后，工行会按合同计收罚息，并把逾期记录报送征信系统。'],
      ['协商', '拨打工行客服95588，说明困难，询问是否可以办理个性化分期或延期。'],
    ],
  }),
  zh('products/hexin-hexindai', {
    title: '和信贷的借款还要还吗',
    summary: '和信贷已经退出网贷业务，平台清退后，借款人的欠款仍然有效，要按清退方案还款。',
    keywords: ['和信贷', '和信金融', '平台清退'],
    aliases: ['和信贷', 'hexindai'],
    sections: [
      ['平台清退后', '网贷平台退出不等于债务消失。和信贷清退期间，借款人应当通过官方公告的渠道还款，不要把钱转到个人账户。'],
    ],
  }),
  zh('scenarios/platform-closed', {
    title: '借款平台倒闭了还要还钱吗',
    summary: '平台暴雷、倒闭或者清退，借款合同依然有效，欠款还要还，但只能还到正规渠道。',
    keywords: ['平台暴雷', '平台倒闭', '清退', '跑路'],
    aliases: ['网贷平台暴雷'],
    sections: [
      ['欠款还在', '平台停止运营后，债权通常由清退小组或受让方继续管理。要核实收款账户，警惕冒充平台的诈骗。'],
    ],
  }),
  zh('hardship/deferral', {
    title: '申请延期还款',
    summary: '因失业、疾病等原因暂时还不上时，可以向贷款机构申请延期还款，也就是把还款时间往后推。',
    keywords: ['延期还款', '展期', '缓还', '申请延期'],
    aliases: ['延期'],
    sections: [
      ['谁可以申请', '收入暂时中断、生病住院、遭遇灾害的借款人，可以提出延期申请。'],
      ['准备材料', '失业证明、病历、收入流水等能说明困难的材料，以及书面的延期还款申请。'],
    ],
  }),
  zh('hardship/cannot-pay', {
    title: '实在还不起网贷怎么办',
    summary: '网贷还不起时，先停下以贷养贷，列出所有欠款，再逐家协商还款。',
    keywords: ['还不起', '还不上', '无力还款', '以贷养贷'],
    aliases: ['网贷还不上'],
    sections: [
      ['第一步', '不要再借新还旧。把每一笔欠款的机构、金额、利率和到期日列成表。'],
      ['第二步', '优先保障基本生活，再按利率高低和逾期后果决定先还哪一笔，主动联系机构协商。'],
    ],
  }),
  zh('tools/apr-calculator', {
    title: '年化利率计算器',
    summary: '把日利率、月利率或者分期手续费换算成年化利率（单利），看清贷款真实成本。',
    keywords: ['年化利率', '利率计算', 'APR', '手续费'],
    aliases: ['利率计算器'],
    sections: [
      ['怎么用', '输入日利率、月利率或每期手续费率和期数，计算器按内部收益率法算出年化利率。'],
    ],
  }),
  zh('rights/interest-limits', {
    title: '贷款利息有上限吗',
    summary: '民间借贷利率超过一年期贷款市场报价利率四倍的部分不受保护；持牌机构的年化利率一般不超过24%。',
    keywords: ['利息上限', '高利贷', '24%', '36%'],
    aliases: ['利率红线'],
    sections: [
      ['利率上限', '综合年化成本超过24%的贷款，监管要求逐步压降；超过36%的部分，法院一般不支持。'],
    ],
  }),
];

export const EN_DOCS: SearchDocInput[] = [
  en('rights/third-party-contact', {
    title: 'Can collectors contact my family and colleagues?',
    summary: 'Collectors may only pursue the borrower. Telling your family, colleagues or employer about the debt breaks the rules and can be reported.',
    keywords: ['family', 'colleagues', 'employer', 'contact list', 'third parties'],
    aliases: ['collector called my boss'],
    sections: [
      ['What the rules say', 'Debt collectors may contact only the borrower. They must not reveal the debt to relatives, coworkers, your employer or anyone unrelated to the loan, and must not harass them.'],
      ['If a collector calls your workplace', 'Write down the time, number and what was said, and keep recordings. Complain to the lender first; if nothing changes, call 12378 to complain to the financial regulator.'],
    ],
  }),
  en('rights/contact-hours', {
    title: 'What hours can debt collectors call?',
    summary: 'Collectors should call at reasonable daytime hours. Calls late at night or dozens of calls a day break the rules.',
    keywords: ['calling hours', 'night calls', 'too many calls'],
    aliases: ['collection call times'],
    sections: [
      ['Allowed hours', 'Industry rules expect collection contact during the day, usually 8 am to 9 pm. Calls or texts after 10 pm are not allowed.'],
    ],
  }),
  en('rights/criminal-liability-myths', {
    title: 'Can I be jailed for not repaying an online loan?',
    summary: 'Not repaying a debt is a civil matter in China, not a crime. Threats of arrest are almost always bluffs.',
    keywords: ['jail', 'prison', 'arrest', 'criminal liability', 'fraud'],
    aliases: ['go to prison for debt'],
    sections: [
      ['A civil dispute', 'If you cannot repay because your income fell, the lender can sue you for the money but cannot send you to prison.'],
      ['When criminal law applies', 'Only fraud when borrowing, malicious credit card overdrafts, or refusing to obey a court judgment you are able to pay can lead to criminal liability.'],
    ],
  }),
  en('scenarios/home-visit-announced', {
    title: 'A collector says they will come to my home',
    summary: 'Home visits are strictly limited. You do not have to open the door, and you can call the police if they cause trouble.',
    keywords: ['home visit', 'door', 'come to my house'],
    aliases: ['collector visiting home'],
    sections: [
      ['What you can do', 'You have no duty to open the door. If visitors shout, post notices or bother neighbours, call 110 and complain to 12378.'],
    ],
  }),
  en('scenarios/contacts-my-family', {
    title: 'The collector contacted my family',
    summary: 'Pressuring your parents or spouse is not allowed. Tell them they do not have to pay, and keep evidence.',
    keywords: ['parents', 'spouse', 'family members'],
    aliases: ['collector called my parents'],
    sections: [
      ['Talk to your family', 'Your parents and spouse have no legal duty to pay your debt and can simply hang up.'],
    ],
  }),
  en('channels/nfra-12378', {
    title: 'Complain to the NFRA on 12378',
    summary: '12378 is the consumer complaint hotline of the National Financial Regulatory Administration for banks and consumer finance companies.',
    keywords: ['12378', 'NFRA', 'regulator', 'complaint hotline'],
    aliases: ['12378 hotline'],
    sections: [
      ['How to complain', 'Call 12378 with the lender name, loan account, and the time and details of the misconduct. Keep the ticket number.'],
    ],
  }),
  en('channels/police-110', {
    title: 'Call the police on 110 when threatened',
    summary: 'Threats of violence, mobs at your door or collectors posing as police: call 110.',
    keywords: ['110', 'police', 'violence'],
    aliases: ['report to police'],
    sections: [['When to call', 'If someone threatens to hurt you or your family, call 110 at once and keep the messages.']],
  }),
  en('products/antgroup-jiebei', {
    title: 'Jiebei (Ant Group) overdue',
    summary: 'An overdue Jiebei loan accrues penalty interest and is reported to the credit reference system.',
    keywords: ['Jiebei', 'Alipay', 'Ant Group', '借呗'],
    aliases: ['Jiebei', 'Ant Check Later'],
    sections: [['Negotiating', 'Contact Jiebei support in Alipay, explain your change in income and ask for a deferral or instalments.']],
  }),
  en('hardship/deferral', {
    title: 'Asking to postpone repayment',
    summary: 'If unemployment or illness means you cannot pay for now, you can ask the lender to defer your repayments.',
    keywords: ['deferral', 'postpone', 'extension'],
    aliases: ['repayment holiday'],
    sections: [['Who can apply', 'Borrowers whose income stopped for a while, who are in hospital, or who suffered a disaster.']],
  }),
  en('tools/apr-calculator', {
    title: 'APR calculator',
    summary: 'Turn a daily rate, monthly rate or instalment fee into an annualised rate (simple) to see what a loan really costs.',
    keywords: ['APR', 'interest rate', 'annualised rate', 'fee'],
    aliases: ['interest calculator'],
    sections: [['How to use it', 'Enter the daily or monthly rate, or the fee per instalment and the number of instalments.']],
  }),
];
