/**
 * Release builds link to the real Debt Guide site: `zip` (the packages for the stores and for offline install)
 * refuses to run when WXT_SITE_URL is not set, or points at the local preview, instead of shipping links to
 * http://127.0.0.1:4321. Checked by the `zip:start` hook in wxt.config.ts. Node-only, build time.
 */

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|10(\.\d{1,3}){3}|192\.168(\.\d{1,3}){2}|172\.(1[6-9]|2\d|3[01])(\.\d{1,3}){2})$|\.local$/;

/** The release's site address, or an Error saying in one line what is wrong with it. */
export function checkReleaseSiteUrl(value: string | undefined): string {
  const example = 'e.g. WXT_SITE_URL=https://debtguide.example pnpm --filter @debtguide/extension zip';
  if (!value || !value.trim()) throw new Error(`WXT_SITE_URL is not set: a release must link to the real site (${example})`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`WXT_SITE_URL is not an address: ${value} (${example})`);
  }
  if (url.protocol !== 'https:') throw new Error(`WXT_SITE_URL must be an https address, not ${value}`);
  if (LOCAL_HOSTS.test(url.hostname)) throw new Error(`WXT_SITE_URL points at a local address (${url.hostname}), not the public site: ${value}`);
  return url.href.replace(/\/+$/, '');
}
