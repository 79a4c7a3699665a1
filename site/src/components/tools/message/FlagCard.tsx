/** @jsxImportSource preact */
/** One flag of the message checker: the words, why it is a problem, the legal basis, and what to do. */
import type { MessageFlag } from '@debtguide/shared/messages';
import { format, type Strings } from '../i18n/format.ts';
import { SourceList } from '../ui/SourceList.tsx';
import type { RuleView } from './rule-views.ts';

type Props = { flag: MessageFlag; number: number; rule: RuleView | undefined; strings: Strings };

export function FlagCard({ flag, number, rule, strings }: Props) {
  const timed = flag.start === null;
  return (
    <li id={`dg-flag-${number}`} class="dg-flag" data-rule={flag.rule}>
      <h4>
        <span class="dg-flag-number" aria-hidden="true">{number}</span> {rule?.title ?? flag.rule}
      </h4>
      <p class="dg-flag-evidence">
        {timed ? (
          format(strings['message.flag.time'] ?? '', { time: flag.evidence })
        ) : (
          <>
            {strings['message.flag.evidence']}<mark>{flag.evidence}</mark>
          </>
        )}
      </p>
      {rule ? <p>{rule.reason}</p> : null}
      <h5>{strings['message.flag.law']}</h5>
      {rule && rule.law.length > 0 ? <SourceList sources={rule.law} strings={strings} /> : <p>{strings['message.flag.noLaw']}</p>}
      <h5>{strings['message.flag.next']}</h5>
      <ul class="dg-next">
        <li>{strings['message.flag.keep']}</li>
        {(rule?.guides ?? []).map((guide) => (
          <li key={guide.href}>
            <a href={guide.href}>{guide.title}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}
