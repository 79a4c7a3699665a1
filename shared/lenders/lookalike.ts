/**
 * Look-alike hosts: an address that imitates a listed lender's domain or brand without being one of its
 * domains (SPEC §1, §6 `lookalike`). It names the imitated lender so the user can be warned; a real lender
 * host, and any host that merely contains a brand's letters, gives null. Pure and browser-safe.
 *
 * A host is a look-alike of lender L when, outside its top-level name, it
 * - carries L's domain followed by more labels: `jd.com.kefu-center.cn`, `icbc.com.cn.abc.top`, `jd.com.cn`;
 * - spells L's domain inside one label: `jd-com.cn`, `www-icbc-com-cn.top`;
 * - writes L's brand with stand-in characters: `аlipay.com` (Cyrillic а, `xn--lipay-3ve`), `a1ipay.cn`, `rneituan.com`;
 * - joins L's brand with a service, legal or collection word: `icbc-kefu.com`, `jdfawu.cn`, `京东金融客服.com`.
 * Labels are read whole (read-host-label.ts), so `ccbill.com`, `jdsports.com` or `cmbc.com.cn` are nobody's.
 * A lender's brand alone on another top-level domain (`alipay.cn`) is not flagged: lenders register those too.
 */
import { foldForMatch } from '../text/normalize.ts';
import { ADDRESS_PROXY_DOMAINS, CONFUSABLES, DOMAIN_WORDS, FILLER_WORDS, SERVICE_WORDS } from './lookalike-words.ts';
import { labelToUnicode } from './punycode.ts';
import { readHostLabel, type LabelReading, type Vocabulary } from './read-host-label.ts';
import { hostMatchesDomain, lenderForUrl, lenders } from './registry.ts';

/** Each lender's brands: the first label of each of its domains, then the names it declares for hosts. */
function brandsOf(): Vocabulary['brands'] {
  return lenders.flatMap((lender) => {
    const words = [...lender.domains.map((domain) => domain.split('.')[0] as string), ...lender.hostBrands].map((word) => foldForMatch(word));
    return [...new Set(words)].map((text) => ({ text, lenderId: lender.id }));
  });
}

const VOCABULARY: Vocabulary = { brands: brandsOf(), service: SERVICE_WORDS, filler: FILLER_WORDS, domain: DOMAIN_WORDS };

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** True when a label is, or is drawn like, a top-level name: `com`, `c0m`, `сn` (Cyrillic с). */
function isDomainWord(label: string | undefined): boolean {
  return label !== undefined && DOMAIN_WORDS.includes([...label].map((ch) => CONFUSABLES[ch]?.[0] ?? ch).join(''));
}

/** The first reading of `readings` that passes `test`, and its lender. */
function lenderWhere(readings: LabelReading[][], test: (reading: LabelReading, index: number) => boolean): string | null {
  for (const [index, label] of readings.entries()) {
    const found = label.find((reading) => reading.lenderId !== null && test(reading, index));
    if (found) return found.lenderId;
  }
  return null;
}

/** The id of the lender whose domain or brand the URL's host imitates, or null (always null on a lender's own host). */
export function lookalikeLender(url: string): string | null {
  const host = hostOf(url);
  if (!host || lenderForUrl(url) || ADDRESS_PROXY_DOMAINS.some((domain) => hostMatchesDomain(host, domain))) return null;
  const labels = host.split('.').map((label) => foldForMatch(labelToUnicode(label)));
  if (labels.length < 2) return null;
  // the top-level name (cn, com, 中国) is the registry's, not the site owner's choice
  const readings = labels.slice(0, -1).map((label) => readHostLabel(label, VOCABULARY));
  const anyService = readings.some((label) => label.some((reading) => reading.service));
  return (
    lenderWhere(readings, (_reading, index) => isDomainWord(labels[index + 1]) && index + 2 < labels.length) ??
    lenderWhere(readings, (reading) => reading.spellsDomain || reading.deceptive) ??
    (anyService ? lenderWhere(readings, () => true) : null)
  );
}
