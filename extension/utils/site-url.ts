/** Links to the Debt Guide site. Its address is a build setting: WXT_SITE_URL (default what `pnpm start` serves). */

export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** The site's address this build links to, without a trailing slash. */
export const siteUrl: string = (import.meta.env.WXT_SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');

/** The address of a guide page: `/<lang>/<slug>/` on the site (CONTRACT §2). */
export function guideUrl(base: string, lang: string, slug: string): string {
  return `${base.replace(/\/+$/, '')}/${lang}/${slug}/`;
}
