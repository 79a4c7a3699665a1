/** `impersonates-authority`: poses as or falsely invokes police, courts, prosecutors or regulators. */
import { defineRule } from '../rule-schema.ts';
import { GENUINE_COURT_DOCUMENT, NEGATED, NEGATED_OR_HEDGED, YOU, anyOf, clauseGap, enGap, rx, sentenceGap } from './fragments.ts';

const POLICE_OR_COURT = anyOf(
  '经侦', '经济侦查', '刑侦', '公安局', '公安机关', '公安', '派出所', '警方', '民警', '警察', '警官', '检察院', '检察机关', '检察官',
  '人民法院', '法院', '法官', '执行局', '仲裁委', '仲裁庭', '司法局', '司法所',
);

const REGULATOR = anyOf(
  '银保监会', '银保监', '保监会', '银监会', '金融监管总局', '国家金融监督管理总局', '金融监管局', '监管局', '监管部门', '人民银行', '(?<!个)人行',
  '央行', '证监会', '国务院', '金融办', '互联网金融协会', '政府',
);

export const impersonatesAuthorityRule = defineRule({
  id: 'impersonates-authority',
  title: { 'zh-hans': '冒充公检法或监管部门', en: 'Posing as police, court or regulator' },
  reason: {
    'zh-hans':
      '公安、检察院不会为一笔普通欠款给你发催收短信；真正的法院文书有案号，可以在人民法院在线服务平台（court.gov.cn' +
      '）或拨打12368核实，不会让你打私人手机"撤诉"。监管部门也不会"指定"任何收费的债务协商机构。冒充国家机关工作人员招' +
      '摇撞骗本身违法：可处十至十五日拘留，冒充警察从重（现行《治安管理处罚法》第62条）；伪造、使用假的公文、印章也要处罚（第' +
      '63条）；严重的构成犯罪（《刑法》第279条、第280条）。',
    en:
      'Police and prosecutors do not send collection texts over an ordinary debt. A real court document carries ' +
      'a case number you can check on the People\'s Court online service (court.gov.cn) or at 12368, and never ' +
      'asks you to call a mobile number to "withdraw the case". Regulators do not "appoint" paid ' +
      'debt-negotiation agencies. Posing as an official is itself unlawful: 10–15 days\' detention, more for ' +
      'posing as police (Public Security Administration Punishments Law in force, Art. 62); forging or using ' +
      'fake official documents or seals is punished too (Art. 63); serious cases are crimes (Criminal Law Arts. ' +
      '279, 280).',
  },
  law: [
    {
      document: '《治安管理处罚法》（2025年修订，2026年1月1日起施行）',
      article: '第62条、第63条',
      confidence: 'verified',
      binding: 'law',
      quote: ['冒充国家机关工作人员招摇撞骗的，处十日以上十五日以下拘留，可以并处一千元以下罚款；情节较轻的，处五日以上十日以下拘留。', '冒充军警人员招摇撞骗的，从重处罚。', '（三）买卖或者使用伪造、变造的国家机关、人民团体、企业、事业单位或者其他组织的公文、证件、证明文件、印章的；'],
    },
    {
      document: '《刑法》',
      article: '第279条、第280条',
      confidence: 'verified',
      binding: 'law',
      quote: ['冒充国家机关工作人员招摇撞骗的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利', '伪造、变造、买卖或者盗窃、抢夺、毁灭国家机关的公文、证件、印章的'],
    },
    { document: '国家金融监督管理总局《消费金融公司管理办法》（2024）', confidence: 'secondary', binding: 'regulation' },
    { document: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》（2018）', confidence: 'unverified', binding: 'industry-code' },
  ],
  guides: ['rights/fake-legal-threats', 'scenarios/lawyer-letter'],
  exemptWhen: GENUINE_COURT_DOCUMENT,
  patterns: [
    {
      name: 'sender tag of an authority (【经侦支队】, 【法院通知】)',
      match: rx('[【\\[]', `[^】\\]\\n]{0,10}`, anyOf(POLICE_OR_COURT, '司法', '银保监', '金融监管'), `[^】\\]\\n]{0,10}`, '[】\\]]'),
    },
    {
      name: 'claims to be an official (我是派出所民警)',
      match: rx(anyOf(
        `${anyOf('我', '我们', '这里', '本人', '本院', '本局')}${anyOf('是', '系', '来自')}${clauseGap(10)}${anyOf(POLICE_OR_COURT, REGULATOR, '书记员')}`,
        `由${clauseGap(6)}${POLICE_OR_COURT}${clauseGap(4)}(?:发出|下发|签发|送达|出具)`, `${POLICE_OR_COURT}(?:现)?(?:通知|告知|提醒|正式通知)(?:你|您)`,
      )),
      exceptBefore: NEGATED,
      exceptAfter: rx(anyOf('批准', '设立', '成立', '持牌', '受[^,。]{0,10}监管')),
      window: 16,
    },
    {
      name: 'police or court acting on the debt (检察院即将批捕, 联系办案民警)',
      match: rx(anyOf(
        `${POLICE_OR_COURT}${clauseGap(6)}(?:已|将|会|即将|马上|正在|已经)?(?:批捕|逮捕|抓捕|拘留|传唤|上门|立案|备案|调查|通缉|冻结|查封|介入|出警|拘传|受理|审理|下达|下发)`,
        `${YOU}的(?:案件|案子)(?:已|已经|现已|正在)${clauseGap(4)}(?:受理|审理|立案|移交|处理|执行|开庭)`,
        '办案民警', '办案人员', '办案警官', '承办法官', '执行法官', '专案组',
      )),
      exceptBefore: rx(anyOf(NEGATED_OR_HEDGED.source, '报警', '报案', '举报', '向')),
    },
    {
      name: 'case handed to police or prosecutors (已移交公安机关)',
      match: rx(anyOf('移交', '移送', '报送', '转交', '交给', '交由', '上报', '提交', '上传'), '(?:给|至|到)?(?:当地)?', anyOf('公安', '经侦', '警方', '派出所', '司法机关', '检察院', '刑侦', '法院')),
      exceptBefore: NEGATED_OR_HEDGED,
    },
    {
      name: 'claims to have reported you to the police (已向公安机关报案)',
      match: rx('(?:已|已经|现已)(?:向)?(?:当地)?', anyOf('公安', '经侦', '警方', '派出所', '刑侦'), '(?:机关|局)?', anyOf('报案', '报警', '举报', '立案')),
      exceptBefore: NEGATED,
    },
    {
      name: 'claims a case has been filed (已立案, 已被列为被告)',
      match: rx(anyOf(
        `(?:已|已经|现已|正式)(?:被)?(?:(?:人民)?法院|[\\u4e00-\\u9fff]{0,6}(?:公司|银行))?(?:依法)?(?:正式)?(?:立案|起诉|提起诉讼|提起公诉|列为${clauseGap(4)}(?:被告|嫌疑人|被执行人)|进入(?:司法|诉讼|执行|立案)(?:程序|阶段))`,
        '立案成功', `已(?:经)?向${clauseGap(4)}法院(?:提起)?(?:诉讼|起诉)`, `${anyOf('已', '已经', '现已', '有', '的')}${clauseGap(4)}(?:法院)?传票`, '传票(?:已|已经)', '法院(?:通知|公告)(?:你|您)',
        '开庭通知', '出庭通知', '撤诉', '撤案', '立案程序', `涉嫌${clauseGap(6)}(?:案件|案)`, '(?:诉讼|民事|刑事)?(?:赔偿)?诉讼通知(?:单|书)',
      )),
      exceptBefore: NEGATED_OR_HEDGED,
    },
    {
      name: 'a lawyer invoking a criminal case (律师事务所…刑事案件)',
      match: rx(anyOf('律师', '律所', '律师事务所', '法务'), sentenceGap(30), anyOf('刑事', '批捕', '逮捕', '拘留', '公安', '经侦', '犯罪', '坐牢')),
      exceptBefore: NEGATED,
      exceptAfter: rx(anyOf(NEGATED_OR_HEDGED.source, '不构成', '不涉及', '报警', '报案')),
      window: 40,
    },
    {
      name: 'appointed by a regulator (银保监会指定)',
      match: rx(REGULATOR, clauseGap(4), anyOf('指定', '授权', '特批', '认证', '认可', '委托', '官方合作', '合作', '下属', '直属', '批准')),
      exceptBefore: NEGATED,
      exceptAfter: rx(anyOf('设立', '成立', '持牌', '开业', '经营')),
      window: 16,
    },
    {
      name: 'English: police, court or regulator',
      match: rx(anyOf(
        `\\b(?:this is|we are|i am)\\b${enGap(16)}\\b(?:police|court|prosecutors?|officer|bailiff|regulator|nfra|cbirc|pboc)\\b`,
        `\\b(?:police|court|prosecutors?)\\b${enGap(16)}\\b(?:will|have|has|are going to)\\b${enGap(12)}\\b(?:arrest|detain|visit|freeze|froze|frozen|seize|seized|filed|issued)`,
        '\\b(?:case|lawsuit|warrant|criminal complaint) (?:has been|was|is) (?:filed|issued|opened)', '\\barrest warrant\\b',
        '\\binvestigations? unit\\b', '\\bcomplaint (?:being|has been|was) filed against you\\b',
        `\\b(?:appointed|authori[sz]ed|approved|designated) by (?:the )?(?:regulator|government|nfra|cbirc|pboc|central bank|police)`,
      )),
      exceptBefore: NEGATED,
      window: 30,
    },
  ],
});
