/** One line of shared/messages/corpus/*.jsonl (see LABELS.md there). */
import { z } from 'zod';
import { ruleIdSchema } from '../messages/rule-schema.ts';
import { messageTopicSchema } from '../messages/topic-schema.ts';

export const corpusScriptSchema = z.enum(['hans', 'hant', 'en', 'mixed']);
export const corpusSourceTypeSchema = z.enum(['news', 'police', 'court', 'regulator', 'complaint', 'forum', 'seo', 'social', 'dataset', 'other']);

export const corpusMessageSchema = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*-\d{4}$/, 'id must be <batch>-<4 digits>'),
  text: z.string().min(1),
  at: z.string().nullable(),
  flags: z.array(ruleIdSchema),
  topics: z.array(messageTopicSchema).default([]),
  script: corpusScriptSchema,
  source: z.string().url(),
  sourceType: corpusSourceTypeSchema,
  note: z.string().optional(),
});

export type CorpusMessage = z.infer<typeof corpusMessageSchema>;
