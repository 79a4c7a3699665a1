/**
 * Shapes of the collection-message rules (CONTRACT §5) and of the checker's answer. A rule is data: its
 * wording for the UI, the legal basis drawn from `law-facts.md`, the guides to show, and the patterns that
 * detect it. Patterns run over `foldForMatch` text (half-width, lower-case ASCII, Simplified), so they are
 * written in Simplified Chinese and lower-case English.
 */
import { z } from 'zod';
import { bindingSchema } from '../content/citation.ts';
import { topicHitSchema } from './topic-schema.ts';

/** The nine fixed rule ids, in the order flags are reported. */
export const ruleIds = [
  'threat',
  'contacts-third-parties',
  'impersonates-authority',
  'false-consequence',
  'insult',
  'public-shaming',
  'personal-account',
  'odd-hours',
  'relief-scam',
] as const;

export const ruleIdSchema = z.enum(ruleIds);

/** Text in the two languages that are authored by hand (Traditional is converted from Simplified). */
export const bilingualSchema = z.object({
  /** Simplified Chinese. */
  'zh-hans': z.string().min(1),
  /** English. */
  en: z.string().min(1),
});

/** One legal or industry source a rule rests on, exactly as `law-facts.md` states it. */
export const lawRefSchema = z.object({
  /** Name of the document, e.g. 《治安管理处罚法》 (2012). */
  document: z.string().min(1),
  /** Article, only when the fact sheet gives one; never guessed. */
  article: z.string().min(1).optional(),
  /** [V] read in the text → verified; [S] secondary copies agree → secondary; [R] memory only → unverified. */
  confidence: z.enum(['verified', 'secondary', 'unverified']),
  /**
   * How binding it is, as on pages: law, judicial interpretation, regulation, official guidance, recommended
   * national standard or industry code (the last two are not law).
   */
  binding: bindingSchema,
  /**
   * The article's words, required when `verified`: each found character for character in the law library
   * (shared/law), as `debtguide check` verifies. Shown with the flag so the reader can quote the law.
   */
  quote: z.array(z.string().trim().min(1)).min(1).optional(),
});

/** A content page to show with the flag (CONTRACT §2 slug). */
export const guideSlugSchema = z.string().regex(/^(rights|hardship|channels|scenarios|letters|tools)\/[a-z0-9-]+$/);

/** A context test run near a hit: a regex and how many characters it may look at. */
export const contextTestSchema = z.object({
  /** Regex run over folded text. Must be linear-time: bounded gaps only. */
  match: z.instanceof(RegExp),
  /** Hit dropped when this matches just before it (negation or warning: 不会, 请勿, 谨防, never). */
  exceptBefore: z.instanceof(RegExp).optional(),
});

/** One way a rule shows up in a message. */
export const textPatternSchema = z.object({
  /** Short description, used in test names and when debugging. */
  name: z.string().min(1),
  /** Regex over folded text (no g/y flag; the engine adds g). Bounded quantifiers only. */
  match: z.instanceof(RegExp),
  /**
   * Hit dropped when this matches the `window` characters before it, cut at the last clause break
   * (，。！？；), e.g. negation "不会…", "请勿…", "never". Anchor with `$` to demand adjacency.
   */
  exceptBefore: z.instanceof(RegExp).optional(),
  /** Hit dropped when this matches the hit plus the `window` characters after it, cut at the sentence end. */
  exceptAfter: z.instanceof(RegExp).optional(),
  /** Characters of context the except tests see (Chinese needs ~10, English ~30). */
  window: z.number().int().min(0).max(60).default(10),
  /** The message must also contain an un-negated hit of this elsewhere (e.g. a fee for relief-scam). */
  requires: contextTestSchema.optional(),
});

/** Leaves a whole message alone when `present` matches and `absent` does not (a genuine court notice). */
export const exemptionSchema = z.object({
  /** What a genuine message carries, e.g. a case number such as （2025）浙0106民初0000号. */
  present: z.instanceof(RegExp),
  /** What a genuine message never carries, e.g. a mobile number to "withdraw the case". */
  absent: z.instanceof(RegExp).optional(),
});

export const messageRuleSchema = z.object({
  /** Fixed id (CONTRACT §5). */
  id: ruleIdSchema,
  /** Short name of the problem, shown as the flag's heading. */
  title: bilingualSchema,
  /** Why it is not allowed or what it means for the borrower; calm, plain language. */
  reason: bilingualSchema,
  /** Sources from `law-facts.md`; may be empty when no rule in the fact sheet covers it (said in `reason`). */
  law: z.array(lawRefSchema),
  /** Content pages to offer with the flag, most useful first. */
  guides: z.array(guideSlugSchema).min(1),
  /** `text`: found by patterns; `time`: judged from the send time only (odd-hours). */
  kind: z.enum(['text', 'time']).default('text'),
  /** Patterns; any hit flags the message (at most one flag per rule: the earliest hit). */
  patterns: z.array(textPatternSchema).default([]),
  /** Message-level exemptions (checked before any pattern). */
  exemptWhen: z.array(exemptionSchema).default([]),
});

/** One problem found in a message. */
export const messageFlagSchema = z.object({
  /** Which rule. */
  rule: ruleIdSchema,
  /**
   * The words that triggered it: an exact substring of the input (`text.slice(start, end)`), except for
   * odd-hours, where it is the China-time clock of `at` (e.g. "23:40").
   */
  evidence: z.string(),
  /** UTF-16 offset of the evidence in the input; null for odd-hours. */
  start: z.number().int().min(0).nullable(),
  /** UTF-16 offset just past the evidence; null for odd-hours. */
  end: z.number().int().min(0).nullable(),
  /** Content slugs to show, from the rule. */
  guides: z.array(guideSlugSchema),
});

/** The checker's answer: flags in rule order, at most one per rule; empty when the message looks lawful. */
export const checkResultSchema = z.object({
  /** Problems found. */
  flags: z.array(messageFlagSchema),
  /** Things the message raises that break no rule but need an answer (a home visit, a lawsuit…). */
  topics: z.array(topicHitSchema).default([]),
});

export const checkOptionsSchema = z.object({
  /** When the message was sent, ISO 8601 (e.g. 2026-01-05T23:10:00+08:00); enables odd-hours. null/absent: unknown. */
  at: z.string().nullish(),
});

export type RuleId = z.infer<typeof ruleIdSchema>;
export type LawRef = z.infer<typeof lawRefSchema>;
export type TextPattern = z.infer<typeof textPatternSchema>;
export type MessageRuleInput = z.input<typeof messageRuleSchema>;
export type MessageRule = z.infer<typeof messageRuleSchema>;
export type MessageFlag = z.infer<typeof messageFlagSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type CheckOptions = z.infer<typeof checkOptionsSchema>;

/** Validates a rule file's object and fills defaults; throws with the rule id on error. */
export function defineRule(input: MessageRuleInput): MessageRule {
  return messageRuleSchema.parse(input);
}
