/**
 * Topics: things a message says that break no rule but still need an answer (an announced home visit, a
 * threatened lawsuit, a debt said to be sold, a same-day deadline, the credit report). The checker reports
 * them beside its flags so that "nothing unlawful found" never reads as "nothing to know".
 */
import { z } from 'zod';

export const messageTopicSchema = z.enum(['home-visit', 'lawsuit', 'debt-transferred', 'pay-today', 'credit-report']);
export type MessageTopic = z.infer<typeof messageTopicSchema>;

export const topicHitSchema = z.object({
  topic: messageTopicSchema,
  /** The words of the original message that raised the topic. */
  evidence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Guides that answer it, most relevant first (CONTRACT §2 slugs). */
  guides: z.array(z.string()),
});
export type TopicHit = z.infer<typeof topicHitSchema>;
