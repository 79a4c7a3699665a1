import { formatAmount } from '@debtguide/shared/format-amount';
import { percent } from '../utils/format.ts';
import { t } from '../utils/i18n/strings.ts';
import type { Lang } from '../utils/bundled-texts.ts';
import type { ReportCost } from '../utils/page-report.ts';
import { guideUrl } from '../utils/site-url.ts';

/**
 * The true rate worked out from the amounts on the page (CONTRACT §4b), beside the advertised rate, in
 * words; loud when they differ by a point or more. Links to the calculator's "what I actually pay" view.
 */
export function TrueCost({ cost, lang, siteBase }: { cost: ReportCost | null; lang: Lang; siteBase: string }) {
  if (!cost) return null;
  const amount = (value: number) => formatAmount(value, lang);
  const loud = cost.standing === 'higher' || cost.standing === 'lower';
  return (
    <section class={`dg-cost${loud ? ' dg-cost-loud' : ''}`} data-standing={cost.standing ?? 'none'}>
      <h3 class="dg-h">{t(lang, 'cost.heading')}</h3>
      <p class="dg-cost-line">
        {t(lang, 'cost.line', { received: amount(cost.received), totalPaid: amount(cost.totalPaid), terms: cost.terms, apr: `${percent(cost.apr)}%` })}
      </p>
      {cost.upfrontFee > 0 ? <p class="dg-rate-note">{t(lang, 'cost.upfront', { amount: amount(cost.upfrontFee) })}</p> : null}
      {cost.monthlyFee > 0 ? <p class="dg-rate-note">{t(lang, 'cost.monthlyFee', { amount: amount(cost.monthlyFee) })}</p> : null}
      <p class="dg-rate-note">{t(lang, 'cost.compounded', { rate: `${percent(cost.compounded)}%` })}</p>
      {cost.advertised && cost.standing ? (
        <p class={loud ? 'dg-cost-compare' : 'dg-rate-note'}>
          {t(lang, `cost.${cost.standing}`, {
            quote: cost.advertised.quote,
            advertised: `${percent(cost.advertised.apr)}%`,
            points: Math.abs(cost.apr - cost.advertised.apr).toFixed(2),
          })}
        </p>
      ) : null}
      <a class="dg-guide" href={`${guideUrl(siteBase, lang, 'tools/apr-calculator')}#what-i-pay`} target="_blank" rel="noopener noreferrer">
        {t(lang, 'cost.check')} →
      </a>
    </section>
  );
}
