/** BUILD TIME ONLY: the message rules as an island shows them in `lang` (see rule-views.ts). */
import type { ContentLang } from '@debtguide/shared/content/schema';
import { bilingual, inScript } from '../i18n/tool-strings.ts';
import { guideLink } from '../site-pages.ts';
import { ruleViews, type RuleView } from './rule-views.ts';

export function rulesForLang(lang: ContentLang): RuleView[] {
  return ruleViews({
    text: (text) => bilingual(lang, text),
    script: (text) => inScript(lang, text),
    guide: (slug) => guideLink(lang, slug),
  });
}
