import { z } from 'zod';
import {
  collectionSignals, commentarySignals, creditWordSignals, feeSignals, legalNoticeSignals, loanContextSignals, offerSignals, overdueNegators, overdueSignals,
  readerAddressSignals, reliefSignals, repaymentSignals, scamWarningSignals,
} from './page-signals.ts';
import type { Signal } from './page-signals.ts';
import { articleScore } from './article-signals.ts';
import { hasAnySignal, scoreSignals } from './score-signals.ts';

/** CONTRACT §3 page kinds. */
export const pageKindSchema = z.enum(['loan-offer', 'repayment', 'overdue', 'collection-notice', 'relief-scam', 'other']);
export type PageKind = z.infer<typeof pageKindSchema>;

/** Message-checker rules that only a collector's demand would break. */
const COLLECTOR_RULES = new Set(['threat', 'contacts-third-parties', 'impersonates-authority', 'false-consequence', 'public-shaming', 'personal-account', 'insult']);

export type KindEvidence = {
  /** Title + visible text after `foldForMatch`. */
  folded: string;
  /** The title alone after `foldForMatch` (empty when there is none). */
  foldedTitle?: string;
  onLenderHost: boolean;
  /** The host imitates a lender (lenders/lookalike.ts). */
  onLookalikeHost?: boolean;
  /** The host's owner names itself in the page (a bank outside CONTRACT §1 on its own site). */
  hostNamesItself?: boolean;
  namesOneLender: boolean;
  hasRates: boolean;
  /** Rule ids the message checker found in the page text. */
  flags: string[];
};

/** Thresholds: a kind needs at least this weighted score (see page-signals.ts for the weights). */
const NEEDS = { article: 10, relief: 5, fee: 2, warning: 4, commentary: 4, address: 2, collection: 6, overdue: 3, repayment: 6, offer: 5 } as const;

/**
 * Decides the kind in order of what matters most to a frightened borrower: a scam first, then a demand,
 * then an overdue notice, a bill, an offer. A page with no loan words at all is `other`, and so is a page
 * written about loans by a third party (news, forums) on a host that is not a lender's.
 */
export function decidePageKind(e: KindEvidence): PageKind {
  if (!hasAnySignal(e.folded, loanContextSignals)) return 'other';
  const ownPage = e.onLenderHost || e.namesOneLender;
  const relief = scoreSignals(e.folded, reliefSignals);
  const sellsRelief = e.flags.includes('relief-scam') || (relief >= NEEDS.relief && scoreSignals(e.folded, feeSignals) >= NEEDS.fee);
  const warnsOfScams = scoreSignals(e.folded, scamWarningSignals) >= NEEDS.warning;
  // a 律师函 or 立案通知 on a host posing as the lender is a demand, however it is worded (its 法务专员 included)
  if (e.onLookalikeHost && hasAnySignal(e.folded, legalNoticeSignals)) return 'collection-notice';
  if (!e.onLenderHost && sellsRelief && !warnsOfScams) return 'relief-scam';
  if (!e.onLenderHost && scoreSignals(e.folded, commentarySignals) >= NEEDS.commentary) return 'other';
  const article = articleScore(e.folded, e.foldedTitle ?? '');
  if (article >= NEEDS.article && !isPersonalBill(e.folded)) return 'other';

  const overdue = scoreSignals(e.folded, overdueSignals, overdueNegators);
  const collectorFlags = e.flags.filter((f) => COLLECTOR_RULES.has(f)).length;
  const collection = scoreSignals(e.folded, collectionSignals) + 3 * collectorFlags;
  const collectionNeeded = e.onLenderHost ? NEEDS.collection + 3 : NEEDS.collection;
  const aboutADebt = overdue > 0 || collectorFlags > 0 || e.folded.includes('欠款') || e.folded.includes('还款');
  const speaksToReader = scoreSignals(e.folded, readerAddressSignals) >= NEEDS.address;
  if (collection >= collectionNeeded && aboutADebt && speaksToReader) return 'collection-notice';
  if (overdue >= NEEDS.overdue && hasStrongSignal(e.folded, overdueSignals, overdueNegators) && ownPage) return 'overdue';
  if (scoreSignals(e.folded, repaymentSignals) >= NEEDS.repayment && hasStrongSignal(e.folded, repaymentSignals) && ownPage) return 'repayment';
  const offer = scoreSignals(e.folded, offerSignals);
  const offersCredit = offer >= NEEDS.offer && hasAnySignal(e.folded, creditWordSignals);
  const ownSite = e.onLenderHost || (Boolean(e.hostNamesItself) && !e.namesOneLender);
  if (offersCredit && ownSite && (e.hasRates || e.onLenderHost || offer >= 2 * NEEDS.offer)) return 'loan-offer';
  // A comparison or agent page selling one lender's product outright: a strong offer and no article at all.
  if (e.namesOneLender && offer >= 3 * NEEDS.offer && article <= NEEDS.article / 3) return 'loan-offer';
  return 'other';
}

/** A bill or late notice addressed to one borrower: an article never carries these. */
function isPersonalBill(folded: string): boolean {
  return hasStrongSignal(folded, repaymentSignals) && hasStrongSignal(folded, overdueSignals, overdueNegators);
}

/**
 * True when one of the strong (weight 3) signals is present, not negated: only a personal bill carries 本期应还,
 * only a late notice says 已逾期 — a warning that "逾期将产生罚息" on an ordinary bill is not enough.
 */
function hasStrongSignal(folded: string, signals: readonly Signal[], negators: readonly string[] = []): boolean {
  return scoreSignals(folded, signals.filter((s) => s.weight >= 3), negators) > 0;
}
