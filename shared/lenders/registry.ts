/**
 * The lender registry: every lender of CONTRACT §1, loaded from one declarative file each in `data/`.
 * Everything that needs to know about lenders (classifier, extension manifest, content checks) reads it here.
 */
import type { Lender } from './schema.ts';
import antgroup from './data/antgroup.ts';
import ccb from './data/ccb.ts';
import cmb from './data/cmb.ts';
import duxiaoman from './data/duxiaoman.ts';
import hexin from './data/hexin.ts';
import icbc from './data/icbc.ts';
import jd from './data/jd.ts';
import meituan from './data/meituan.ts';
import mybank from './data/mybank.ts';
import qifu from './data/qifu.ts';
import webank from './data/webank.ts';
import zijin from './data/zijin.ts';

export type { Lender, Product } from './schema.ts';

/** All lenders, in the order of CONTRACT §1. */
export const lenders: readonly Lender[] = [icbc, webank, mybank, zijin, hexin, antgroup, jd, meituan, duxiaoman, qifu, cmb, ccb];

export function getLender(id: string): Lender | undefined {
  return lenders.find((lender) => lender.id === id);
}

/** True when `host` is `domain` itself or one of its subdomains (never a look-alike such as jd.com.example.cn). */
export function hostMatchesDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** The lender whose portal domains include the URL's host, if any. Bad URLs belong to nobody. */
export function lenderForUrl(url: string): Lender | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return lenders.find((lender) => lender.domains.some((domain) => hostMatchesDomain(host, domain)));
}

/** Match patterns for content scripts and host permissions, generated from the registry. */
export function lenderMatchPatterns(): string[] {
  return lenders.flatMap((lender) => lender.domains.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]));
}

/** The slugs of the guide pages about a lender and its products. */
export function lenderGuideSlugs(lenderId: string, productId?: string | null): string[] {
  return productId ? [`products/${lenderId}-${productId}`, `lenders/${lenderId}`] : [`lenders/${lenderId}`];
}
