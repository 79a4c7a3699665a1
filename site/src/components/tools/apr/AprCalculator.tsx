/** @jsxImportSource preact */
/**
 * The APR calculator island, in two views: from a quoted rate (RateMode, CONTRACT §4) and from what is
 * actually received and paid (TrueCostMode, CONTRACT §4b). The address fragment #what-i-pay opens the second,
 * so a guide or the extension's panel can link straight to it.
 */
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../i18n/format.ts';
import { RateMode, type Props } from './RateMode.tsx';
import { TrueCostMode } from './TrueCostMode.tsx';

const VIEWS = ['rate', 'plan'] as const;

/** The address fragment that opens the "what I actually pay" view. */
export const PLAN_VIEW_HASH = '#what-i-pay';

export default function AprCalculator(props: Props) {
  const t = translator(props.strings);
  const [view, setView] = useState<(typeof VIEWS)[number]>('rate');
  useEffect(() => {
    if (window.location.hash === PLAN_VIEW_HASH) setView('plan');
  }, []);
  return (
    <div class="dg-tool dg-apr">
      <h2>{t('apr.heading')}</h2>
      <p class="dg-note">{t('common.localOnly')}</p>
      <fieldset class="dg-field dg-choices dg-views">
        <legend>{t('apr.view.legend')}</legend>
        {VIEWS.map((option) => (
          <label key={option} class="dg-choice">
            <input type="radio" name="dg-apr-view" value={option} checked={view === option} onChange={() => setView(option)} />
            <span>{t(`apr.view.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {view === 'plan' ? <TrueCostMode lang={props.lang} strings={props.strings} lines={props.lines} lpr={props.lpr} /> : <RateMode {...props} />}
    </div>
  );
}
