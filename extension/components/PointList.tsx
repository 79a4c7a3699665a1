import type { Lang } from '../utils/bundled-texts.ts';
import { t } from '../utils/i18n/strings.ts';
import type { ReportPoint } from '../utils/page-report.ts';
import { guideUrl } from '../utils/site-url.ts';

/** The three to five points for the page; each opens its guide on the site, only when clicked. */
export function PointList({ points, lang, siteBase }: { points: readonly ReportPoint[]; lang: Lang; siteBase: string }) {
  if (points.length === 0) return null;
  return (
    <section class="dg-points">
      <h3 class="dg-h">{t(lang, 'points.heading')}</h3>
      <ol class="dg-point-list">
        {points.map((point) => (
          <li class={`dg-point dg-point-${point.role}`} key={`${point.role}:${point.slug}:${point.title}`}>
            <p class="dg-role">{t(lang, `role.${point.role}`)}</p>
            <p class="dg-point-title">{point.title}</p>
            {point.evidence ? <p class="dg-evidence">{t(lang, 'flag.evidence', { evidence: point.evidence })}</p> : null}
            <p class="dg-point-text">{point.text}</p>
            <a class="dg-guide" href={guideUrl(siteBase, lang, point.slug)} target="_blank" rel="noopener noreferrer">
              {t(lang, 'guide.read')} →
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
