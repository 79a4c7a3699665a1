/**
 * What an island shows for each message rule, in one language: title, reason, legal basis and the guides to
 * read. Built at build time from the shared rules (`messageRules`), so zh-hant text is converted here and
 * the guides' titles come from the pages; the island receives it as a prop (see `ruleViewSchema`).
 */
import { z } from 'zod';
import { lawRefSchema, messageRules, ruleIdSchema } from '@debtguide/shared/messages';

export const ruleViewSchema = z.object({
  id: ruleIdSchema,
  title: z.string(),
  reason: z.string(),
  law: z.array(lawRefSchema),
  /** Links to `/<lang>/<slug>/` with the page's title. */
  guides: z.array(z.object({ href: z.string(), title: z.string() })),
});

export type RuleView = z.infer<typeof ruleViewSchema>;

export type RuleViewContext = {
  /** A rule's bilingual text in the reader's language (zh-hant converted). */
  text: (bilingual: { 'zh-hans': string; en: string }) => string;
  /** Simplified text (the law's names) in the reader's script. */
  script: (simplified: string) => string;
  /** The link to a guide slug in the reader's language. */
  guide: (slug: string) => { href: string; title: string };
};

/** Every rule, in the order flags are reported. */
export function ruleViews(context: RuleViewContext): RuleView[] {
  return messageRules.map((rule) =>
    ruleViewSchema.parse({
      id: rule.id,
      title: context.text(rule.title),
      reason: context.text(rule.reason),
      law: rule.law.map((ref) => ({
        ...ref,
        document: context.script(ref.document),
        ...(ref.article === undefined ? {} : { article: context.script(ref.article) }),
        ...(ref.quote === undefined ? {} : { quote: ref.quote.map(context.script) }),
      })),
      guides: rule.guides.map(context.guide),
    }),
  );
}
