import { percent } from '../utils/format.ts';
import { strings, t } from '../utils/i18n/strings.ts';
import type { Lang } from '../utils/bundled-texts.ts';
import type { PageRate } from '../utils/page-report.ts';
import { Fill } from './Fill.tsx';

/** Every rate on the page with its annualised (simple) rate, the compounded one beside it. */
export function RateList({ rates, lang }: { rates: readonly PageRate[]; lang: Lang }) {
  if (rates.length === 0) return null;
  return (
    <section class="dg-rates">
      <h3 class="dg-h">{t(lang, 'rates.heading')}</h3>
      <ul class="dg-rate-list">
        {rates.map((rate) => (
          <li class="dg-rate" key={rate.quote}>
            <span class="dg-rate-line">
              <Fill
                template={strings[lang]['rates.line']}
                parts={{ quote: <q class="dg-quote">{rate.quote}</q>, apr: <strong class="dg-apr">{percent(rate.apr)}%</strong> }}
              />
            </span>
            <span class="dg-rate-note">
              {t(lang, 'rates.compounded', { rate: `${percent(rate.compounded)}%` })}
              {rate.assumedTerms ? ` · ${t(lang, 'rates.assumedTerms')}` : ''}
              {rate.qualifier ? ` · ${t(lang, `rates.qualifier.${rate.qualifier}`)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
