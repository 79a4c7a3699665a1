/**
 * The texts the extension carries so it is useful without the site: each guide page's title and summary,
 * and each message rule's title, reason and legal basis, in the three languages. Built at build time by
 * build/generate-data.ts with these pure functions; read at run time from utils/generated/.
 */
import type { ContentPage } from '@debtguide/shared/content';
import type { ContentLang } from '@debtguide/shared/content/schema';
import type { LawRef, MessageRule } from '@debtguide/shared/messages';

export type Lang = ContentLang;

/** The languages, in the order a language picker lists them. */
export const LANGS = ['zh-hans', 'zh-hant', 'en'] as const satisfies readonly Lang[];

export type GuideText = {
  /** The guide page's title. */
  title: string;
  /** Its one-line summary. */
  summary: string;
};

/** Language → slug → title and summary. */
export type GuideTexts = Record<Lang, Record<string, GuideText>>;

export type RuleText = {
  /** Short name of the problem. */
  title: string;
  /** Why it is not allowed, in plain words. */
  reason: string;
  /** The sources the rule rests on (document names stay Chinese in English). */
  law: LawRef[];
};

/** Language → rule id → texts. */
export type RuleTexts = Record<Lang, Record<string, RuleText>>;

/** Title and summary of every page, by language and slug. */
export function guideTextsFromPages(pages: readonly Pick<ContentPage, 'lang' | 'slug' | 'title' | 'summary'>[]): GuideTexts {
  const texts: GuideTexts = { 'zh-hans': {}, 'zh-hant': {}, en: {} };
  for (const page of pages) texts[page.lang][page.slug] = { title: page.title, summary: page.summary };
  return texts;
}

/** The rules' texts in the three languages; zh-hant is converted from zh-hans with `toTraditional`. */
export function ruleTextsFor(rules: readonly MessageRule[], toTraditional: (text: string) => string): RuleTexts {
  const texts: RuleTexts = { 'zh-hans': {}, 'zh-hant': {}, en: {} };
  for (const rule of rules) {
    texts['zh-hans'][rule.id] = { title: rule.title['zh-hans'], reason: rule.reason['zh-hans'], law: rule.law };
    texts.en[rule.id] = { title: rule.title.en, reason: rule.reason.en, law: rule.law };
    texts['zh-hant'][rule.id] = {
      title: toTraditional(rule.title['zh-hans']),
      reason: toTraditional(rule.reason['zh-hans']),
      law: rule.law.map((ref) => ({ ...ref, document: toTraditional(ref.document), ...(ref.article ? { article: toTraditional(ref.article) } : {}) })),
    };
  }
  return texts;
}
