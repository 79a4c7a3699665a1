/** @jsxImportSource preact */
/**
 * The message checker island: a pasted collection message and, optionally, when it arrived (China time) →
 * each flag with its evidence marked in the message, the rule's reason and legal basis, and what to do.
 * Everything runs in the browser with the shared checker.
 */
import { useRef, useState } from 'preact/hooks';
import { checkMessage, type MessageFlag } from '@debtguide/shared/messages';
import { translator, type Strings } from '../i18n/format.ts';
import { chinaIsoFromLocal } from './china-time-input.ts';
import { FlagCard } from './FlagCard.tsx';
import { highlightRuns } from './highlight.ts';
import type { RuleView } from './rule-views.ts';

type Props = { strings: Strings; rules: RuleView[] };
type Checked = { text: string; timed: boolean; flags: MessageFlag[] };

export default function MessageChecker({ strings, rules }: Props) {
  const t = translator(strings);
  const [text, setText] = useState('');
  const [at, setAt] = useState('');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [empty, setEmpty] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const byId = new Map(rules.map((rule) => [rule.id, rule]));

  const check = (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') {
      setEmpty(true);
      setChecked(null);
      return;
    }
    const iso = chinaIsoFromLocal(at);
    setEmpty(false);
    setChecked({ text, timed: iso !== null, flags: checkMessage(text, { at: iso }).flags });
    requestAnimationFrame(() => heading.current?.focus());
  };
  const clear = () => {
    setText('');
    setAt('');
    setChecked(null);
    setEmpty(false);
  };

  return (
    <div class="dg-tool dg-message-checker">
      <h2>{t('message.heading')}</h2>
      <p class="dg-note">{t('common.localOnly')}</p>
      <form class="dg-form" onSubmit={check} noValidate>
        <div class="dg-field">
          <label for="dg-message-text">{t('message.text.label')}</label>
          <p id="dg-message-text-hint" class="dg-hint">{t('message.text.hint')}</p>
          <textarea id="dg-message-text" rows={6} value={text} aria-invalid={empty ? 'true' : undefined}
            aria-describedby={empty ? 'dg-message-text-hint dg-message-error' : 'dg-message-text-hint'}
            onInput={(e) => setText(e.currentTarget.value)} />
          {empty ? <p id="dg-message-error" class="dg-error" role="alert">{t('message.error.empty')}</p> : null}
        </div>
        <div class="dg-field">
          <label for="dg-message-at">{t('message.at.label')}</label>
          <p id="dg-message-at-hint" class="dg-hint">{t('message.at.hint')}</p>
          <input id="dg-message-at" type="datetime-local" value={at} aria-describedby="dg-message-at-hint"
            onInput={(e) => setAt(e.currentTarget.value)} />
        </div>
        <div class="dg-actions">
          <button type="submit" class="dg-button dg-button-primary">{t('message.check')}</button>
          <button type="button" class="dg-button dg-button-quiet" onClick={clear}>{t('message.clear')}</button>
        </div>
      </form>

      <section class="dg-result" aria-labelledby="dg-message-result" hidden={checked === null}>
        <h3 id="dg-message-result" tabIndex={-1} ref={heading}>{t('message.result.heading')}</h3>
        <div aria-live="polite" aria-atomic="true">
          {checked === null ? null : checked.flags.length === 0 ? (
            <div class="dg-clean">
              <p><strong>{t('message.result.clean')}</strong></p>
              <p>{t('message.result.cleanNote')}</p>
            </div>
          ) : (
            <p class="dg-warning"><strong>{t('message.result.count', { n: checked.flags.length })}</strong></p>
          )}
        </div>
        {checked && !checked.timed ? <p class="dg-hint">{t('message.result.noTime')}</p> : null}
        {checked && checked.flags.some((flag) => flag.start !== null) ? (
          <figure class="dg-message-view">
            <figcaption>{t('message.highlighted')}</figcaption>
            <blockquote>
              {highlightRuns(checked.text, checked.flags).map((run, index) =>
                run.flags.length === 0 ? (
                  run.text
                ) : (
                  <mark key={index} data-flags={run.flags.map((n) => n + 1).join(' ')}>
                    {run.text}
                    <sup>{run.flags.map((n) => n + 1).join(',')}</sup>
                  </mark>
                ),
              )}
            </blockquote>
          </figure>
        ) : null}
        {checked && checked.flags.length > 0 ? (
          <ol class="dg-flags">
            {checked.flags.map((flag, index) => (
              <FlagCard key={flag.rule} flag={flag} number={index + 1} rule={byId.get(flag.rule)} strings={strings} />
            ))}
          </ol>
        ) : null}
        <p class="dg-note">{t('message.notAdvice')}</p>
      </section>
    </div>
  );
}
