/**
 * Words that collectors and relief-scam agents spell by sound to slip past keyword filters: pinyin for one
 * character (jing察, 起su, 法yuan), a character of the same sound (井察, 起塑), or initials (txl, zfb). The
 * sound-alike step turns such spellings back into these words before any rule reads the text. Only words
 * that matter to a rule are listed; `build-sound-alike-data.ts` derives their readings and the characters
 * that sound like them into `sound-alike-data.ts` (regenerate after editing this list).
 */
export const SOUND_ALIKE_WORDS: readonly string[] = [
  // police, courts, prosecution
  '警察', '公安', '公安局', '派出所', '民警', '刑警', '经侦', '法院', '法官', '检察院', '起诉', '立案', '传票', '拘留', '逮捕', '抓捕',
  '坐牢', '判刑', '刑事', '诈骗', '犯罪', '通缉', '执行', '冻结', '查封', '律师函', '黑名单', '征信', '失信',
  // people and places that are third parties
  '通讯录', '联系人', '紧急联系人', '家人', '父母', '爸妈', '亲戚', '朋友', '同事', '领导', '单位', '公司', '老婆', '老公', '孩子',
  '学校', '户籍地', '老家', '村委会',
  // shaming and threats
  '朋友圈', '曝光', '上门', '外访', '弄死', '砍死', '打死', '收拾', '全家', '出门小心',
  // money and channels
  '支付宝', '微信', '转账', '账户', '银行卡', '个人账户', '催收', '逾期', '还款', '欠款', '老赖',
  // relief-scam vocabulary
  '停息挂账', '停息', '挂账', '债务优化', '上岸', '协商', '反催收', '减免', '罚息', '征信修复', '代理投诉', '法务',
];

/** Initials and nicknames written for a whole word (bounded by non-letters): txl → 通讯录. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  txl: '通讯录', jc: '警察', gaj: '公安局', fy: '法院', jcy: '检察院', zfb: '支付宝', vx: '微信', wx: '微信', yhk: '银行卡',
  tx: '停息', txgz: '停息挂账', cs: '催收', zx: '征信',
};

/** Real words that happen to sound like a listed one and must be left alone (报经 is not 报警). */
export const SOUND_ALIKE_EXCEPTIONS: readonly string[] = [
  '经查', '报经', '同时', '领到', '行事', '打四', '居留', '代步', '船票', '亲启', '全价', '加人', '佳人', '嫁人', '老来', '收视',
  '预期', '公私', '外放', '发息',
];
