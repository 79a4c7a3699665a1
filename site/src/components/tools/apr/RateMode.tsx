/** @jsxImportSource preact */
/**
 * The APR calculator's rate view: principal, a rate per day/month/year or a monthly fee on the principal, and
 * the number of instalments → the annualised rate (simple, CONTRACT §4) with the compounded figure, the total
 * cost, the schedule as a table and a chart, and where the rate stands against the lines.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Citation } from '@debtguide/shared/content/schema';
import type { RateQuote } from '@debtguide/shared/rates';
import { percent, translator, yuan, type Strings } from '../i18n/format.ts';
import { FigureList } from '../ui/FigureList.tsx';
import { SourceList } from '../ui/SourceList.tsx';
import { TextField } from '../ui/TextField.tsx';
import { DEFAULT_APR_FORM, evaluateAprForm, type AprField, type AprForm } from './apr-form.ts';
import { RateFinder } from './RateFinder.tsx';
import { RateLines } from './RateLines.tsx';
import type { RateLine } from './rate-lines.ts';
import { ScheduleChart } from './ScheduleChart.tsx';
import { ScheduleTable } from './ScheduleTable.tsx';

export type Props = {
  lang: string;
  strings: Strings;
  lines: RateLine[];
  lpr: { percent: number; since: string };
  simpleCitation?: Citation | undefined;
};

const PERIODS = ['day', 'month', 'year'] as const;

export function RateMode({ lang, strings, lines, lpr, simpleCitation }: Props) {
  const t = translator(strings);
  const [form, setForm] = useState<AprForm>(DEFAULT_APR_FORM);
  const outcome = useMemo(() => evaluateAprForm(form), [form]);
  const set = (changes: Partial<AprForm>) => setForm((current) => ({ ...current, ...changes }));
  const error = (field: AprField) => (outcome.ok ? undefined : outcome.errors[field]);
  /** The error text to show under a field; an empty rate is "nothing yet", not an error. */
  const shownError = (field: AprField) => {
    const key = error(field);
    return key && key !== 'apr.error.rateEmpty' ? t(key) : undefined;
  };
  const applyQuote = (quote: RateQuote) => {
    const fee = quote.basis === 'fee-on-principal';
    set({ rate: String(quote.rate), mode: fee ? 'fee' : 'rate', per: quote.per, terms: fee ? String(quote.terms ?? 12) : form.terms });
    document.getElementById('dg-apr-result')?.scrollIntoView({ block: 'nearest' });
  };
  const fee = form.mode === 'fee';

  return (
    <>
      <form class="dg-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <TextField id="dg-apr-principal" label={t('apr.principal.label')} hint={t('apr.principal.hint')} value={form.principal}
          error={shownError('principal')} onInput={(principal) => set({ principal })} />
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
          <TextField id="dg-apr-rate" label={t(fee ? 'apr.fee.label' : 'apr.rate.label')} hint={t('apr.rate.hint')} value={form.rate}
            error={shownError('rate')} onInput={(rate) => set({ rate })} />
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
          <TextField id="dg-apr-terms" label={t('apr.terms.label')} hint={t('apr.terms.hint')} value={form.terms} inputMode="numeric"
            error={shownError('terms')} onInput={(terms) => set({ terms })} />
        </div>
      </form>

      <section id="dg-apr-result" class="dg-result" aria-labelledby="dg-apr-result-heading">
        <h3 id="dg-apr-result-heading">{t('apr.result.heading')}</h3>
        <div aria-live="polite" aria-atomic="true">
          {outcome.ok ? (
            <FigureList figures={[
              { label: t('apr.result.simple'), value: percent(outcome.result.apr), testId: 'apr-simple' },
              { label: t('apr.result.compounded'), value: percent(outcome.result.compounded), testId: 'apr-compounded' },
              { label: t('apr.result.totalCost'), value: yuan(outcome.schedule.totalCost, lang) },
              { label: t('apr.result.totalPaid'), value: yuan(outcome.schedule.totalPaid, lang) },
            ]} />
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
    </>
  );
}
