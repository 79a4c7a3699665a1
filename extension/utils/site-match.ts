/**
 * Sites as the user sees them: a domain such as `mybank.cn` stands for itself and its subdomains
 * (`loan.mybank.cn`), never for a look-alike (`notmybank.cn`, `mybank.cn.example.com`).
 */

/** True when `host` is `site` or one of its subdomains. */
export function hostIsOnSite(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === site || h.endsWith(`.${site}`);
}

/** True when the panel is muted on `host`. */
export function isMutedHost(host: string, mutedSites: readonly string[]): boolean {
  return mutedSites.some((site) => hostIsOnSite(host, site));
}

/**
 * A site typed by the user (`mybank.cn`, `https://loan.mybank.cn/x`, `*.MYBANK.cn`) as a bare lower-case
 * domain, or null when it is not one.
 */
export function normalizeSite(input: string): string | null {
  let text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  text = text.replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(text) || text === 'localhost' ? text : null;
}
