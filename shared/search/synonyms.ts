/**
 * A small thesaurus of the words borrowers use for the same thing (爸妈 / 父母 / 家人, jail / prison). When
 * a query holds a member of a set, the other members are searched too, at a reduced weight and as a bonus
 * only (see query-plan.ts), so pages that use the query's own words still come first. Chinese members are
 * Simplified; English members are plain words (they are stemmed when used).
 */

export const SYNONYM_SETS: readonly (readonly string[])[] = [
  ['爸妈', '父母', '家人', '家属', '亲属', '亲人', '家里人', '老婆', '老公', '配偶', '孩子'],
  ['同事', '单位', '领导', '老板', '工作单位'],
  ['朋友', '通讯录', '联系人', '紧急联系人'],
  ['坐牢', '判刑', '刑事', '拘留', '犯罪', '入狱', '抓人'],
  ['起诉', '诉讼', '法院', '打官司', '告我'],
  ['半夜', '深夜', '夜里', '晚上', '凌晨', '夜间'],
  ['上门', '家访', '外访', '到家', '来家里'],
  ['网贷', '网络贷款', '网络借款'],
  ['短信', '信息', '消息', '发信息'],
  ['威胁', '恐吓', '吓唬'],
  ['投诉', '举报', '检举', '反映'],
  ['还不起', '还不上', '还不了', '无力还款', '没钱还', '没钱'],
  ['延期', '展期', '缓还', '推迟'],
  ['利息', '利率', '年化', '息费'],
  ['征信', '信用报告', '信用记录', '黑名单'],
  ['律师函', '律师信'],
  ['罚息', '违约金', '滞纳金'],
  ['暴雷', '倒闭', '跑路', '清退', '关闭', '停业', '爆雷'],
  ['协商', '商量', '谈判'],
  ['删掉', '删除', '消除', '撤销', '去掉'],
  ['欠款', '债务', '欠债', '负债', '债'],
  ['骚扰', '轰炸', '爆通讯录'],
  ['jail', 'prison', 'arrest', 'criminal', 'imprison', 'detain'],
  ['employer', 'boss', 'workplace', 'colleague', 'coworker', 'work', 'job'],
  ['family', 'parent', 'relative', 'mother', 'father', 'wife', 'husband', 'mom', 'dad', 'kid', 'children'],
  ['sue', 'lawsuit', 'court', 'litigation'],
  ['night', 'midnight', 'late'],
  ['visit', 'door', 'home', 'house'],
  ['collector', 'collection', 'agency'],
  ['threat', 'threaten', 'intimidate', 'scare'],
  ['complaint', 'complain', 'report'],
  ['text', 'sms', 'message'],
  ['interest', 'rate', 'apr'],
  ['postpone', 'defer', 'deferral', 'extension', 'delay'],
  ['penalty', 'fine', 'fee'],
  ['harass', 'harassment', 'spam', 'bombard'],
  ['unable', 'afford', 'broke'],
];
