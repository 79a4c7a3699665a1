/**
 * Regex building blocks shared by the rule files. Everything is written for folded text (Simplified,
 * half-width, lower-case ASCII) and uses bounded quantifiers only, so every pattern runs in linear time.
 */

/** Joins fragments into one regex (no flags: the engine adds `g`). */
export function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''));
}

/** Up to `max` characters inside one clause (stops at ，。！？； and line breaks). */
export function clauseGap(max: number): string {
  return `[^,。!?;\\n]{0,${max}}`;
}

/** Up to `max` characters inside one sentence (may cross commas). */
export function sentenceGap(max: number): string {
  return `[^。!?;\\n]{0,${max}}`;
}

/** Up to `max` characters inside one English clause. */
export function enGap(max: number): string {
  return `[^.,!?;\\n]{0,${max}}`;
}

/** Alternation of words as a non-capturing group. */
export function anyOf(...words: string[]): string {
  return `(?:${words.join('|')})`;
}

/** "you" as collectors write it, including the formal Taiwanese 台端. */
export const YOU = anyOf('你', '您', '台端', '阁下', '你们', '您们');

/** Optional "your": 你 / 您的 / 你们的 / nothing. */
export const YOUR_OPT = `(?:${YOU}(?:的)?)?`;

/**
 * Negation and warnings in Chinese: the act is denied or warned against. 不要 and 别 are excluded when they
 * start a threat of their own (不要逼我…, 别以为…).
 */
export const ZH_NEGATION = anyOf(
  '不会', '不得', '不可', '不应', '请勿', '切勿', '勿', '绝不', '决不', '从不', '从未', '并非', '并不', '严禁', '禁止',
  '无需', '无须', '谨防', '提防', '警惕', '防范', '如有人', '若有人', '如果有人', '一旦有人', '如遇', '若遇', '不要(?!逼|以为|怪|装|再|等|给脸|脸)', '别(?!逼|以为|怪|说|装|再|等|人|走)',
);

/** English negation next to the verb ("will not contact", "won't ever tell") or anywhere ("never"). */
export const EN_NEGATION = anyOf(
  '\\bnever\\b', '\\bnot\\s(?!(?:re)?pay)(?:[a-z]{1,12}\\s){0,2}$', "n't\\s(?:[a-z]{1,12}\\s){0,2}$", '\\bno\\s(?:[a-z]{1,12}\\s){0,1}$',
  '\\bbeware\\b', '\\bscams?\\b',
);

/** Negation in either language: the default `exceptBefore`. */
export const NEGATED = rx(anyOf(ZH_NEGATION, EN_NEGATION));

/** Hedged possibility: 可能依法, 或将, 若…, "may". Used where a lawful step is described as possible. */
export const ZH_HEDGE = anyOf(
  '可能', '或将', '或许', '有权', '可依法', '可以', '可申请', '申请', '若', '如果', '一旦', '判决后', '判决生效', '避免', '以免', '免得', '防止', '等着',
);

/** Negation, warning or hedge: for legal-process patterns, where a possibility is lawful to mention. */
export const NEGATED_OR_HEDGED = rx(anyOf(ZH_NEGATION, ZH_HEDGE, EN_NEGATION, '\\b(?:may|might|could|can)\\b'));

/** Advice that follows a description of abuse: ……发到网上，请立即报警. */
const ADVICE = anyOf(
  '请(?:立即|及时|马上)?(?:报警|拨打110|举报|投诉)', '可(?:以)?(?:直接)?(?:报警|拨打110|举报|投诉)', '请勿(?:相信|理会|轻信)', '不要(?:相信|理会|轻信)',
  '切勿', '\\breport (?:it|them|this)\\b', '\\bcall (?:the police|110)\\b',
);

/** Advice after the words: the message describes abuse to warn the reader, it does not commit it. */
export const ADVICE_AFTER = rx(ADVICE);

/** Warnings that follow the words they warn about: ……个人账户转账，谨防诈骗 / ……，请勿相信. */
export const WARNING_AFTER = rx(anyOf(ADVICE, '谨防', '诈骗', '骗局', '骗子', '假冒', '冒充', '\\bscams?\\b', '\\bfraud'));

/** A mainland mobile number, as written in scam notices (138-0000-0000, 13800000000). */
export const MOBILE_NUMBER = '1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}';

/** A Chinese court case number: （2025）浙0106民初0000号. */
export const CASE_NUMBER = '\\(\\d{4}\\)[\\u4e00-\\u9fff]{1,2}\\d{1,6}[\\u4e00-\\u9fff]{1,4}\\d{1,6}号';

/** A genuine court document: a case number or the court's own site, and no mobile number to call. */
export const GENUINE_COURT_DOCUMENT = [
  { present: rx(CASE_NUMBER), absent: rx(MOBILE_NUMBER) },
  { present: /court\.gov\.cn|统一送达平台|12368/, absent: rx(MOBILE_NUMBER) },
];
