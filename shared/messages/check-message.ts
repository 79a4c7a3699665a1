/**
 * The collection-message checker: one implementation behind the CLI (`debtguide message`), the site's
 * message checker and the extension. Browser-safe: no Node APIs.
 *
 * Matching runs on `canonicalText(text)` (obfuscation undone: spaced characters, pinyin, emoji, Traditional
 * script), which maps every offset back, so evidence is always a slice of the original message.
 */
import { canonicalText, originalSpan } from '../text/canonical-text.ts';
import { chinaClock, isQuietHours } from './china-time.ts';
import { findTopicHits } from './find-topics.ts';
import { findRuleHit } from './match-rule.ts';
import { ruleIds } from './rule-schema.ts';
import type { CheckOptions, CheckResult, MessageFlag, MessageRule, RuleId } from './rule-schema.ts';
import { messageRules } from './rules/index.ts';

export { messageRules, ruleIds };
export { chinaClock, isQuietHours } from './china-time.ts';
export type { ChinaClock } from './china-time.ts';
export {
  checkOptionsSchema, checkResultSchema, lawRefSchema, messageFlagSchema, messageRuleSchema, ruleIdSchema,
} from './rule-schema.ts';
export type { CheckOptions, CheckResult, LawRef, MessageFlag, MessageRule, RuleId } from './rule-schema.ts';
export { messageTopicSchema, topicHitSchema } from './topic-schema.ts';
export type { MessageTopic, TopicHit } from './topic-schema.ts';

const byId = new Map<string, MessageRule>(messageRules.map((r) => [r.id, r]));

/** The rule with this id (for titles, reasons, law and guides in a UI); undefined for an unknown id. */
export function getRule(id: RuleId): MessageRule;
export function getRule(id: string): MessageRule | undefined;
export function getRule(id: string): MessageRule | undefined {
  return byId.get(id);
}

/**
 * Checks a collection message against the nine rules. Returns at most one flag per rule, in rule order;
 * a lawful message gets no flags. `topics` lists what it raises that breaks no rule (a home visit…). `options.at` (ISO 8601) enables odd-hours, judged in China time;
 * an invalid `at` throws an Error.
 */
export function checkMessage(text: string, options: CheckOptions = {}): CheckResult {
  const clock = options.at === undefined || options.at === null ? null : chinaClock(options.at);
  const canonical = canonicalText(text);
  const folded = canonical.text;
  const flags: MessageFlag[] = [];
  for (const rule of messageRules) {
    if (rule.kind === 'time') {
      if (clock && isQuietHours(clock)) {
        flags.push({ rule: rule.id, evidence: clock.text, start: null, end: null, guides: [...rule.guides] });
      }
      continue;
    }
    const hit = findRuleHit(rule, folded);
    if (hit) {
      const { start, end } = originalSpan(canonical, hit.start, hit.end);
      flags.push({ rule: rule.id, evidence: text.slice(start, end), start, end, guides: [...rule.guides] });
    }
  }
  const topics = findTopicHits(folded).map(({ topic, guides, hit }) => {
    const { start, end } = originalSpan(canonical, hit.start, hit.end);
    return { topic, evidence: text.slice(start, end), start, end, guides };
  });
  return { flags, topics };
}
