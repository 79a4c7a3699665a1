/**
 * The words a look-alike host is made of, as data (see lookalike.ts). Hosts are matched label by label after
 * decoding Punycode and folding Traditional to Simplified; a label counts only when it is made entirely of
 * these words, the lenders' brands and digits, so `ccbill` or `jdsports` never read as a lender.
 */

/**
 * Words that, next to a lender's brand, make a host pose as the lender's service desk, legal or collection
 * department, refund or account office: the disguises of fake 客服, 律师函 and 注销 pages.
 */
export const SERVICE_WORDS: readonly string[] = [
  'kefu', 'kf', 'fuwu', 'service', 'services', 'support', 'help', 'helpdesk', 'hotline',
  'finance', 'jinrong', 'legal', 'law', 'lawyer', 'lawyers', 'lvshi', 'lushi', 'lvsuo', 'fawu', 'falv', 'falu', 'court', 'fayuan',
  'cuishou', 'cuikuan', 'collect', 'collection', 'tiaojie', 'xieshang', 'zhaiwu', 'debt', 'yuqi', 'overdue',
  'huankuan', 'repay', 'repayment', 'tuikuan', 'refund', 'zhuxiao', 'cancel', 'jiekuan', 'daikuan', 'loan', 'loans',
  'guanfang', 'official', 'verify', 'secure', 'anquan', 'login', 'denglu', 'zhanghu',
  '客服', '服务', '金融', '法务', '法律', '律师', '律所', '法院', '催收', '催款', '调解', '协商', '债务', '逾期', '还款', '退款', '注销',
  '借款', '贷款', '官方', '官网', '安全', '登录', '账户',
];

/** Top-level names that, right after a brand inside one label, spell a domain: `jd-com`, `icbccomcn`. */
export const DOMAIN_WORDS: readonly string[] = ['com', 'cn', 'net', 'org'];

/** Words that say nothing by themselves but may fill a look-alike label (`www-icbc-com-cn`, `jd-app-kefu`). */
export const FILLER_WORDS: readonly string[] = [
  '-', 'www', 'wap', 'm', 'h5', 'app', 'web', 'vip', 'online', 'center', 'centre', 'zhongxin', 'china', 'group', 'hk',
  ...DOMAIN_WORDS, '中心', '在线', '平台', '网',
];

/**
 * Hosts that carry another site's address in their first label on purpose (Google's translation proxy and
 * the AMP cache write www.jd.com as `www-jd-com`): not look-alikes.
 */
export const ADDRESS_PROXY_DOMAINS: readonly string[] = ['translate.goog', 'cdn.ampproject.org'];

/**
 * Characters that stand in for a Latin letter in a deceptive host: digits, and letters of other scripts
 * drawn the same (a subset of Unicode's confusables, TR39, for the letters of the lenders' brands).
 * Accented Latin letters are read without their marks before this table is used.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'li', '3': 'e', '5': 's',
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', н: 'h', о: 'o', р: 'p',
  ԛ: 'q', ѕ: 's', т: 't', ս: 'u', ѵ: 'v', ԝ: 'w', х: 'x', у: 'y', ү: 'y', п: 'n',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w',
  // Latin look-alikes and Armenian
  ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g', ɩ: 'i', ℓ: 'l', ǀ: 'l', ո: 'n', օ: 'o', ց: 'g', ɒ: 'a',
};

/** Two ASCII letters drawn like one: `rn` for m, `vv` for w, `cl` for d. */
export const CONFUSABLE_PAIRS: Readonly<Record<string, string>> = { m: 'rn', w: 'vv', d: 'cl' };
