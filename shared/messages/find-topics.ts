/**
 * Topics a message raises that break no rule but need an answer (see topic-schema.ts). Each topic is data:
 * the guides that answer it and patterns over canonical text, run by the same engine as the rules.
 */
import { findPatternHit } from './match-rule.ts';
import type { Hit } from './match-rule.ts';
import { textPatternSchema } from './rule-schema.ts';
import type { TextPattern } from './rule-schema.ts';
import { NEGATED, anyOf, clauseGap, enGap, rx } from './rules/fragments.ts';
import type { MessageTopic } from './topic-schema.ts';

type TopicDefinition = { topic: MessageTopic; guides: string[]; patterns: TextPattern[] };

const pattern = (name: string, match: RegExp, window = 10): TextPattern =>
  textPatternSchema.parse({ name, match, exceptBefore: rx(NEGATED.source), window });

const HOME = anyOf('家里', '家中', '你家', '您家', '府上', '住处', '住址', '居住地', '户籍地', '户籍所在地', '老家', '家庭地址', '现住址', '所在地', '当地', '小区', '村里');

export const topicDefinitions: TopicDefinition[] = [
  {
    topic: 'home-visit',
    guides: ['rights/home-visits', 'scenarios/home-visit-announced'],
    patterns: [
      pattern('a visit announced (外访, 上门, 走访, 家访)', rx(anyOf('外访', '上门', '走访', '家访', '实地(?:调查|核实|走访|拜访)', '登门', '拜访', '到访', '当面催收', '地面催收', '下户', '上访', '出车出人', '出队', '找到你', '登门'))),
      pattern('someone coming to the home (到你户籍地, 去你家)', rx(anyOf('到', '去', '来', '前往', '赶往', '抵达', '出发'), clauseGap(6), anyOf(HOME, '预留(?:证件)?(?:地址|地)', '你(?:那|那边|那里)'))),
      pattern('home visit in English', rx(anyOf('home visit', 'field visit', 'visit (?:you|your home|your house|your address)', 'come to your (?:home|house|address)', 'at your door'))),
    ],
  },
  {
    topic: 'lawsuit',
    guides: ['scenarios/sued-by-lender', 'rights/lawsuits', 'scenarios/lawyer-letter'],
    patterns: [
      pattern('a suit, arbitration or legal process', rx(anyOf('起诉', '诉讼', '仲裁', '诉前调解', '诉前', '法律程序', '司法程序', '法律途径', '司法途径', '法律手段', '律师函', '法院', '立案', '传票', '开庭', '判决', '强制执行', '申请执行', '支付令', '公证', '法律(?:措施|追责|责任|行动)', '出庭'))),
      pattern('a suit in English', rx(anyOf('lawsuit', 'sue you', 'prosecute', 'legal action', 'legal proceedings', 'court', 'arbitration', 'lawyer\'s letter', 'attorney'))),
    ],
  },
  {
    topic: 'debt-transferred',
    guides: ['rights/third-party-agencies', 'scenarios/third-party-agency-calls'],
    patterns: [
      pattern('passed to an agency or sold', rx(anyOf('委外', '外包', '第三方(?:机构|公司|催收)?', '债权转让', '转让(?:给|至)', '已转让', '移交(?:给|至|到)?', '转交', '委托(?:给)?' + clauseGap(8) + anyOf('公司', '机构', '律所', '律师事务所', '事务所', '催收'), '资产管理公司', '法务部', '法务中心', '贷后(?:管理)?部', '催收公司', '讨债公司', '调解中心', '催收(?:专员|人员)', '清收人员', '委托律师', '资产】', '债务委托书'))),
      pattern('an agency in English', rx(anyOf('collection agency', 'debt collector', 'third[- ]party', 'assigned to', 'sold (?:the|your) debt', 'transferred to'))),
    ],
  },
  {
    topic: 'pay-today',
    guides: ['hardship/negotiated-repayment', 'hardship/cannot-pay'],
    patterns: [
      pattern('a same-day or hours deadline', rx(anyOf('今天', '今日', '当天', '当日', '今晚', '今天之内', '\\d{1,2}小时(?:内|之内)?', '[一二两三]?[十]?[二四]小时', '\\d{1,2}(?::\\d\\d)?点(?:之前|前)', '下午\\d', '最后通牒', '最后期限', '最后一次机会', '限你', '限期', '\\d{1,3}分钟'), clauseGap(10), anyOf('还', '处理', '结清', '付', '缴', '转', '打款', '到账', '解决', '联系'))),
      pattern('a deadline, object first (必须今天结清)', rx(anyOf('结清', '还清', '还款', '处理'), clauseGap(4), anyOf('今天', '今日', '当天', '今晚'))),
      pattern('a deadline in English', rx(anyOf('today', 'within \\d{1,2} hours', 'in \\d{1,2} (?:minutes|hours)', 'from the next hour', 'pay [^.]{0,30} now', 'final notice', 'immediately', 'by tonight'), enGap(20))),
    ],
  },
  {
    topic: 'credit-report',
    guides: ['rights/credit-report'],
    patterns: [
      pattern('the credit report', rx(anyOf('征信', '信用记录', '信用报告', '人民银行', '人行', '央行', '百行', '信用中心', '影响(?:你|您)?的?信用', '信贷(?:记录|报告)?', '逾期记录', '(?:删除|修复)记录'))),
      pattern('the credit report in English', rx(anyOf('credit report', 'credit record', 'credit bureau', 'credit score', 'credit history'))),
    ],
  },
];

/** Each topic the canonical text raises, with the earliest hit (canonical offsets). */
export function findTopicHits(canonical: string): { topic: MessageTopic; guides: string[]; hit: Hit }[] {
  const found: { topic: MessageTopic; guides: string[]; hit: Hit }[] = [];
  for (const { topic, guides, patterns } of topicDefinitions) {
    let best: Hit | null = null;
    for (const p of patterns) {
      const hit = findPatternHit(p, canonical);
      if (hit && (best === null || hit.start < best.start)) best = hit;
    }
    if (best) found.push({ topic, guides: [...guides], hit: best });
  }
  return found;
}
