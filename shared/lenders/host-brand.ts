/**
 * Whose page is this? A bank or lender outside CONTRACT §1 (HSBC, OCBC, 平安…) speaks on its own host, and its
 * own name is in the page: "HSBC" on personal.hsbc.com.hk, "Dah Sing Bank" on dahsing.com.hk, a footer's
 * "© pingan.com". A blog or comparison site writing about someone else's product does not carry its host's
 * name as the subject. Pure and browser-safe.
 */

/** Second-level names that say nothing about an owner (shared hosting, blogs, public suffixes). */
const GENERIC_LABELS = new Set(['com', 'net', 'org', 'gov', 'edu', 'co', 'ac', 'www', 'blog', 'blogspot', 'wordpress', 'github', 'weixin', 'qq', 'sina', 'sohu', '163', 'baidu', 'zhihu']);

/** The host's owner-like label: `hsbc` for personal.hsbc.com.hk, `dahsing` for www.dahsing.com.hk. */
export function ownerLabel(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split('.').filter((label) => label.length > 0);
  for (let i = labels.length - 2; i >= 0; i--) {
    const label = labels[i] as string;
    if (!GENERIC_LABELS.has(label) && label.length > 2) return label;
    if (!GENERIC_LABELS.has(label)) return undefined;
  }
  return undefined;
}

/** Lower case with spaces, dots and hyphens removed: "Dah Sing" → "dahsing", "Hang-Seng" → "hangseng". */
function compactLatin(text: string): string {
  return text.toLowerCase().replace(/[\s.\-_·]+/g, '');
}

/** True when the page's title or text names its own host's owner. */
export function hostNamesItself(url: string, text: string, title = ''): boolean {
  const label = ownerLabel(url);
  if (!label || /^\d+$/.test(label)) return false;
  if (compactLatin(title).includes(label)) return true;
  return compactLatin(text).includes(label);
}
