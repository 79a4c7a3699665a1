import { checkMessage, type MessageFlag } from '@debtguide/shared/messages';
import { useState } from 'preact/hooks';
import type { Lang } from '../utils/bundled-texts.ts';
import guideTexts from '../utils/generated/guide-texts.ts';
import ruleTexts from '../utils/generated/rule-texts.ts';
import { t } from '../utils/i18n/strings.ts';
import { sentAtChinaTime } from '../utils/sent-at.ts';
import { guideUrl, siteUrl } from '../utils/site-url.ts';

/** Text in brackets, full-width in Chinese. */
function bracket(lang: Lang, text: string): string {
  return lang === 'en' ? ` (${text})` : `（${text}）`;
}

type Result = { flags: MessageFlag[] } | { error: 'empty' | 'badTime' };

/** Paste a collection message: the shared message checker's flags, with evidence, reasons, law and guides. */
export function MessagePanel({ lang }: { lang: Lang }) {
  const [text, setText] = useState('');
  const [at, setAt] = useState('');
  const [result, setResult] = useState<Result | null>(null);

  const check = () => {
    if (!text.trim()) return setResult({ error: 'empty' });
    const sentAt = at ? sentAtChinaTime(at) : undefined;
    if (sentAt === null) return setResult({ error: 'badTime' });
    try {
      setResult({ flags: checkMessage(text, { at: sentAt }).flags });
    } catch {
      setResult({ error: 'badTime' });
    }
  };

  return (
    <div class="dg-message">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <label for="dg-message-text" class="dg-label">
          {t(lang, 'message.label')}
        </label>
        <textarea id="dg-message-text" rows={5} value={text} placeholder={t(lang, 'message.placeholder')} onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)} />
        <label for="dg-message-at" class="dg-label dg-label-small">
          {t(lang, 'message.at')}
        </label>
        <input id="dg-message-at" type="datetime-local" value={at} onInput={(event) => setAt((event.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="dg-button dg-button-wide">
          {t(lang, 'message.check')}
        </button>
      </form>
      <div class="dg-message-result" aria-live="polite">
        {result && 'error' in result ? <p class="dg-note dg-error">{t(lang, result.error === 'empty' ? 'message.empty' : 'message.badTime')}</p> : null}
        {result && 'flags' in result && result.flags.length === 0 ? (
          <p class="dg-note">
            {t(lang, 'message.clean')}{' '}
            <a href={guideUrl(siteUrl, lang, 'rights/collection-conduct')} target="_blank" rel="noopener noreferrer">
              {guideTexts[lang]['rights/collection-conduct']?.title ?? t(lang, 'guide.read')}
            </a>
          </p>
        ) : null}
        {result && 'flags' in result && result.flags.length > 0 ? (
          <>
            <p class="dg-h">{t(lang, 'message.flags', { count: result.flags.length })}</p>
            <ol class="dg-point-list">
              {result.flags.map((flag) => {
                const rule = ruleTexts[lang][flag.rule];
                return (
                  <li key={flag.rule} class="dg-point dg-point-flag" data-rule={flag.rule}>
                    <p class="dg-point-title">{rule?.title ?? flag.rule}</p>
                    <p class="dg-evidence">{t(lang, 'flag.evidence', { evidence: flag.evidence })}</p>
                    {rule ? <p class="dg-point-text">{rule.reason}</p> : null}
                    {rule && rule.law.length > 0 ? (
                      <details class="dg-law">
                        <summary>{t(lang, 'message.law')}</summary>
                        <ul>
                          {rule.law.map((ref) => (
                            <li key={ref.document + (ref.article ?? '')}>
                              {ref.document}
                              {ref.article ? ` ${ref.article}` : ''}
                              {ref.binding === 'industry-code' ? bracket(lang, t(lang, 'message.binding.industry-code')) : ''}
                              {ref.binding === 'national-standard' ? bracket(lang, t(lang, 'message.binding.national-standard')) : ''}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                    {flag.guides.map((slug) => (
                      <a key={slug} class="dg-guide dg-guide-line" href={guideUrl(siteUrl, lang, slug)} target="_blank" rel="noopener noreferrer">
                        {guideTexts[lang][slug]?.title ?? t(lang, 'guide.read')} →
                      </a>
                    ))}
                  </li>
                );
              })}
            </ol>
          </>
        ) : null}
      </div>
    </div>
  );
}
