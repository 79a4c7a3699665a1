/** The label file beside each real page in shared/classify/corpus (<id>.json next to <id>.html). */
import { z } from 'zod';
import { pageKindSchema } from '../classify/page-kind.ts';
import { corpusScriptSchema } from './message-corpus-schema.ts';

export const corpusPageSchema = z.object({
  url: z.string().url(),
  lender: z.string().nullable(),
  product: z.string().nullable(),
  pageKind: pageKindSchema,
  rates: z.array(z.object({ quote: z.string(), apr: z.number() })),
  cost: z.object({ received: z.number(), apr: z.number(), compounded: z.number() }).nullable(),
  lookalike: z.string().nullable(),
  script: corpusScriptSchema,
  source: z.string().url(),
  sourceType: z.string(),
  note: z.string().optional(),
});

export type CorpusPage = z.infer<typeof corpusPageSchema>;
