/** @jsxImportSource preact */
/**
 * The APR calculator island: principal, a rate per day/month/year or a monthly fee on the principal, and the
 * number of instalments → the annualised rate (simple, CONTRACT §4) with the compounded figure, the total
 * cost, the schedule as a table and a chart, and where the rate stands against the lines.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Citation } from '@debtguide/shared/content/schema';
import type { RateQuote } from '@debtguide/shared/rates';
import { percent, translator, yuan, type Strings } from '../i18n/format.ts';
import { SourceList } from '../ui/SourceList.tsx';
import { DEFAULT_APR_FORM, evaluateAprForm, type AprField, type AprForm } from './apr-form.ts';
import { RateFinder } from './RateFinder.tsx';
import { RateLines } from './RateLines.tsx';
import type { RateLine } from './rate-lines.ts';
import { ScheduleChart } from './ScheduleChart.tsx';
import { ScheduleTable } from './ScheduleTable.tsx';

type Props = {
  lang: string;
  strings: Strings;
  lines: RateLine[];
  lpr: { percent: number; since: string };
  simpleCitation?: Citation | undefined;
};

const PERIODS = ['day', 'month', 'year'] as const;

export default function AprCalculator({ lang, strings, lines, lpr, simpleCitation }: Props) {
  const t = translator(strings);
  const [form, setForm] = useState<AprForm>(DEFAULT_APR_FORM);
  const outcome = useMemo(() => evaluateAprForm(form), [form]);
  const set = (changes: Partial<AprForm>) => setForm((current) => ({ ...current, ...changes }));
  const error = (field: AprField) => (outcome.ok ? undefined : outcome.errors[field]);
  const described = (field: AprField, hint?: string) => [hint, error(field) ? `dg-apr-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const errorText = (field: AprField) => {
    const key = error(field);
    if (!key || key === 'apr.error.rateEmpty') return null;
    return <p id={`dg-apr-${field}-error`} class="dg-error">{t(key)}</p>;
  };
  const applyQuote = (quote: RateQuote) => {
    const fee = quote.basis === 'fee-on-principal';
    set({ rate: String(quote.rate), mode: fee ? 'fee' : 'rate', per: quote.per, terms: fee ? String(quote.terms ?? 12) : form.terms });
    document.getElementById('dg-apr-result')?.scrollIntoView({ block: 'nearest' });
  };
  const fee = form.mode === 'fee';

  return (
    <div class="dg-tool dg-apr">
      <h2>{t('apr.heading')}</h2>
      <p class="dg-note">{t('common.localOnly')}</p>
      <form class="dg-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <div class="dg-field">
          <label for="dg-apr-principal">{t('apr.principal.label')}</label>
          <p id="dg-apr-principal-hint" class="dg-hint">{t('apr.principal.hint')}</p>
          <input id="dg-apr-principal" type="text" inputMode="decimal" autoComplete="off" value={form.principal}
            aria-invalid={error('principal') ? 'true' : undefined} aria-describedby={described('principal', 'dg-apr-principal-hint')}
            onInput={(e) => set({ principal: e.currentTarget.value })} />
          {errorText('principal')}
        </div>
        <fieldset class="dg-field dg-choices">
          <legend>{t('apr.mode.legend')}</legend>
          {(['rate', 'fee'] as const).map((mode) => (
            <label key={mode} class="dg-choice">
              <input type="radio" name="dg-apr-mode" value={mode} checked={form.mode === mode} onChange={() => set({ mode })} />
              <span>{t(`apr.mode.${mode}`)}</span>
            </label>
          ))}
        </fieldset>
        <div class="dg-field-row">
          <div class="dg-field">
            <label for="dg-apr-rate">{t(fee ? 'apr.fee.label' : 'apr.rate.label')}</label>
            <p id="dg-apr-rate-hint" class="dg-hint">{t('apr.rate.hint')}</p>
            <input id="dg-apr-rate" type="text" inputMode="decimal" autoComplete="off" value={form.rate}
              aria-invalid={error('rate') && error('rate') !== 'apr.error.rateEmpty' ? 'true' : undefined}
              aria-describedby={described('rate', 'dg-apr-rate-hint')} onInput={(e) => set({ rate: e.currentTarget.value })} />
            {errorText('rate')}
          </div>
          {fee ? null : (
            <fieldset class="dg-field dg-choices dg-inline">
              <legend>{t('apr.per.legend')}</legend>
              {PERIODS.map((per) => (
                <label key={per} class="dg-choice">
                  <input type="radio" name="dg-apr-per" value={per} checked={form.per === per} onChange={() => set({ per })} />
                  <span>{t(`apr.per.${per}`)}</span>
                </label>
              ))}
            </fieldset>
          )}
          <div class="dg-field">
            <label for="dg-apr-terms">{t('apr.terms.label')}</label>
            <p id="dg-apr-terms-hint" class="dg-hint">{t('apr.terms.hint')}</p>
            <input id="dg-apr-terms" type="text" inputMode="numeric" autoComplete="off" value={form.terms}
              aria-invalid={error('terms') ? 'true' : undefined} aria-describedby={described('terms', 'dg-apr-terms-hint')}
              onInput={(e) => set({ terms: e.currentTarget.value })} />
            {errorText('terms')}
          </div>
        </div>
      </form>

      <section id="dg-apr-result" class="dg-result" aria-labelledby="dg-apr-result-heading">
        <h3 id="dg-apr-result-heading">{t('apr.result.heading')}</h3>
        <div aria-live="polite" aria-atomic="true">
          {outcome.ok ? (
            <dl class="dg-figures">
              <div class="dg-figure dg-figure-main">
                <dt>{t('apr.result.simple')}</dt>
                <dd data-testid="apr-simple">{percent(outcome.result.apr)}</dd>
              </div>
              <div class="dg-figure">
                <dt>{t('apr.result.compounded')}</dt>
                <dd data-testid="apr-compounded">{percent(outcome.result.compounded)}</dd>
              </div>
              <div class="dg-figure">
                <dt>{t('apr.result.totalCost')}</dt>
                <dd>{yuan(outcome.schedule.totalCost, lang)}</dd>
              </div>
              <div class="dg-figure">
                <dt>{t('apr.result.totalPaid')}</dt>
                <dd>{yuan(outcome.schedule.totalPaid, lang)}</dd>
              </div>
            </dl>
          ) : (
            <p class="dg-hint">{t('apr.error.rateEmpty')}</p>
          )}
          {outcome.ok && outcome.assumedTerms ? <p class="dg-warning">{t('apr.result.assumedTerms')}</p> : null}
        </div>
        <details class="dg-explain">
          <summary>{t('apr.result.whatIsSimple')}</summary>
          <p>{t('apr.result.simpleNote')}</p>
          {simpleCitation ? <SourceList sources={[simpleCitation]} strings={strings} /> : null}
        </details>
      </section>

      {outcome.ok ? (
        <>
          <RateLines apr={outcome.result.apr} lines={lines} lpr={lpr} strings={strings} />
          <section class="dg-schedule" aria-labelledby="dg-apr-schedule">
            <h3 id="dg-apr-schedule">{t('apr.schedule.heading')}</h3>
            <p class="dg-note">{t(fee ? 'apr.schedule.assume.fee' : `apr.schedule.assume.${form.per}`)}</p>
            <ScheduleChart rows={outcome.schedule.rows} principal={outcome.principal} lang={lang} strings={strings} id="dg-apr-chart" />
            <ScheduleTable schedule={outcome.schedule} lang={lang} strings={strings} />
          </section>
        </>
      ) : null}

      <RateFinder strings={strings} onUse={applyQuote} />
    </div>
  );
}
