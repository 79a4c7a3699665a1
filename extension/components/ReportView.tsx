import type { Lang } from '../utils/bundled-texts.ts';
import { t } from '../utils/i18n/strings.ts';
import type { PageReport } from '../utils/page-report.ts';
import { PointList } from './PointList.tsx';
import { RateList } from './RateList.tsx';
import { TrueCost } from './TrueCost.tsx';

/** What a page is and what to know about it: the body of the panel and of the popup's "check this page". */
export function ReportView({ report, siteBase }: { report: PageReport; siteBase: string }) {
  const { lang } = report;
  const who = [report.lender?.name, report.product?.name].filter(Boolean).join(' · ');
  return (
    <div class="dg-report" data-kind={report.pageKind}>
      {report.lookalike ? <LookalikeWarning lookalike={report.lookalike} lang={lang} /> : null}
      <p class="dg-kind">{t(lang, `kind.${report.pageKind}`)}</p>
      <p class="dg-who">{who || t(lang, 'panel.unknownLender')}</p>
      <TrueCost cost={report.cost} lang={lang} siteBase={siteBase} />
      <RateList rates={report.rates} lang={lang} />
      <PointList points={report.points} lang={lang} siteBase={siteBase} />
    </div>
  );
}

/** The red warning on a host that imitates a lender, naming the lender's real domains. */
function LookalikeWarning({ lookalike, lang }: { lookalike: NonNullable<PageReport['lookalike']>; lang: Lang }) {
  const vars = { lender: lookalike.name, domains: lookalike.domains.join(lang === 'en' ? ', ' : '、') };
  return (
    <div class="dg-lookalike" role="alert" data-imitates={lookalike.id}>
      <p class="dg-lookalike-title">{t(lang, 'lookalike.title', vars)}</p>
      <p class="dg-lookalike-text">{t(lang, 'lookalike.text', vars)}</p>
    </div>
  );
}
