/** @jsxImportSource preact */
/**
 * "What I actually pay" (CONTRACT §4b): the amounts from a contract or repayment plan → the true annualised
 * rate (simple, labelled so) with the compounded figure, received, total paid and cost; how far the
 * advertised rate is from it; a sentence to quote in a complaint; the lines; the schedule and its chart.
 */
import { useMemo, useState } from 'preact/hooks';
import { comparedWithAdvertised } from '@debtguide/shared/true-cost';
import { percent, translator, yuan, type Strings } from '../i18n/format.ts';
import { copyText } from '../ui/clipboard.ts';
import { FigureList } from '../ui/FigureList.tsx';
import { TextField } from '../ui/TextField.tsx';
import { DEFAULT_PLAN_FORM, evaluatePlanForm, type Advertised, type PlanField, type PlanForm } from './plan-form.ts';
import { RateLines } from './RateLines.tsx';
import type { RateLine } from './rate-lines.ts';
import { ScheduleChart } from './ScheduleChart.tsx';
import { ScheduleTable } from './ScheduleTable.tsx';

type Props = { lang: string; strings: Strings; lines: RateLine[]; lpr: { percent: number; since: string } };

const FIELDS: ReadonlyArray<{ field: PlanField; hint: boolean; mode?: 'numeric' | 'text' }> = [
  { field: 'principal', hint: true }, { field: 'upfrontFee', hint: true }, { field: 'payment', hint: true },
  { field: 'terms', hint: false, mode: 'numeric' }, { field: 'monthlyFee', hint: true }, { field: 'advertised', hint: true, mode: 'text' },
];

export function TrueCostMode({ lang, strings, lines, lpr }: Props) {
  const t = translator(strings);
  const [form, setForm] = useState<PlanForm>(DEFAULT_PLAN_FORM);
  const [copied, setCopied] = useState('');
  const outcome = useMemo(() => evaluatePlanForm(form), [form]);
  const error = (field: PlanField) => {
    const key = outcome.ok ? undefined : outcome.errors[field];
    return key && key !== 'apr.plan.error.paymentEmpty' ? t(key) : undefined;
  };
  const money = (value: number) => yuan(value, lang);
  const shown = (advertised: Advertised) => (advertised.quote ? t('apr.plan.advertisedAs', { quote: advertised.quote, apr: percent(advertised.apr) }) : percent(advertised.apr));

  let sentence = '';
  let comparison: { text: string; loud: boolean } | undefined;
  if (outcome.ok) {
    const { result, advertised } = outcome;
    const vars = { apr: percent(result.apr), received: money(result.received), totalPaid: money(result.totalPaid), cost: money(result.cost), terms: outcome.terms };
    sentence = advertised ? t('apr.plan.sentence.withAdvertised', { ...vars, advertised: shown(advertised) }) : t('apr.plan.sentence.plain', vars);
    if (advertised) {
      const where = comparedWithAdvertised(result.apr, advertised.apr);
      const points = Math.abs(result.apr - advertised.apr).toFixed(2);
      comparison = { text: t(`apr.plan.result.${where}`, { advertised: shown(advertised), apr: percent(result.apr), points }), loud: where !== 'same' };
    }
  }

  return (
    <div class="dg-plan">
      <p>{t('apr.plan.intro')}</p>
      <form class="dg-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <div class="dg-field-row">
          {FIELDS.map(({ field, hint, mode }) => (
            <TextField key={field} id={`dg-plan-${field}`} label={t(`apr.plan.${field}.label`)} hint={hint ? t(`apr.plan.${field}.hint`) : undefined}
              value={form[field]} error={error(field)} inputMode={mode} onInput={(value) => setForm((current) => ({ ...current, [field]: value }))} />
          ))}
        </div>
      </form>

      <section id="dg-plan-result" class="dg-result" aria-labelledby="dg-plan-result-heading">
        <h3 id="dg-plan-result-heading">{t('apr.result.heading')}</h3>
        <div aria-live="polite" aria-atomic="true">
          {outcome.ok ? (
            <>
              <FigureList figures={[
                { label: t('apr.plan.result.apr'), value: percent(outcome.result.apr), testId: 'plan-apr' },
                { label: t('apr.result.compounded'), value: percent(outcome.result.compounded), testId: 'plan-compounded' },
                { label: t('apr.plan.result.received'), value: money(outcome.result.received), testId: 'plan-received' },
                { label: t('apr.plan.result.totalPaid'), value: money(outcome.result.totalPaid) },
                { label: t('apr.plan.result.cost'), value: money(outcome.result.cost) },
              ]} />
              {comparison ? <p class={comparison.loud ? 'dg-warning dg-plan-differs' : 'dg-ok'} data-testid="plan-comparison">{comparison.text}</p> : null}
            </>
          ) : (
            <p class="dg-hint">{t('apr.plan.error.paymentEmpty')}</p>
          )}
        </div>
      </section>

      {outcome.ok ? (
        <>
          <section class="dg-plan-sentence" aria-labelledby="dg-plan-sentence-heading">
            <h3 id="dg-plan-sentence-heading">{t('apr.plan.sentence.heading')}</h3>
            <p class="dg-hint">{t('apr.plan.sentence.hint')}</p>
            <blockquote class="dg-quotable" data-testid="plan-sentence">{sentence}</blockquote>
            <div class="dg-actions">
              <button type="button" class="dg-button" onClick={async () => setCopied(t((await copyText(sentence)) ? 'common.copied' : 'common.copyFailed'))}>
                {t('common.copy')}
              </button>
              <span class="dg-status" role="status">{copied}</span>
            </div>
          </section>
          <RateLines apr={outcome.result.apr} lines={lines} lpr={lpr} strings={strings} />
          <section class="dg-schedule" aria-labelledby="dg-plan-schedule">
            <h3 id="dg-plan-schedule">{t('apr.schedule.heading')}</h3>
            <p class="dg-note">{t('apr.plan.schedule.assume')}</p>
            <ScheduleChart rows={outcome.schedule.rows} principal={outcome.result.received} lang={lang} strings={strings} id="dg-plan-chart" />
            <ScheduleTable schedule={outcome.schedule} lang={lang} strings={strings} />
          </section>
        </>
      ) : null}
    </div>
  );
}
