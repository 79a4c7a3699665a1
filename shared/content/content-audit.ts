/**
 * The claim-by-claim content audit kept in docs/CONTENT-AUDIT.md: one table row per page (and per message
 * rule) with its claims, a claim being one citation (one legal source of a rule), counted by how far it is
 * checked. The test beside this file holds the table to the corpus, so the figures cannot drift from it.
 */
import type { Citation } from './citation.ts';

/** A page's or a rule's claims by confidence; `unverified` ones are said as unconfirmed (hedged). */
export type ClaimTally = { claims: number; verified: number; secondary: number; unverified: number };

/** One row of an audit table: its key (a page slug or a rule id), its figures and what the audit changed. */
export type AuditRow = { key: string; tally: ClaimTally; changed: string };

/** An audit table under its `## ` heading: its rows and its closing `**total**` row, if any. */
export type AuditTable = { heading: string; rows: AuditRow[]; total: ClaimTally | undefined };

const EMPTY: ClaimTally = { claims: 0, verified: 0, secondary: 0, unverified: 0 };

/** The tally of a list of sources (page citations or a rule's law). */
export function tallyClaims(sources: readonly Pick<Citation, 'confidence'>[]): ClaimTally {
  const tally = { ...EMPTY, claims: sources.length };
  for (const source of sources) tally[source.confidence] += 1;
  return tally;
}

/** The sum of several tallies. */
export function addTallies(tallies: readonly ClaimTally[]): ClaimTally {
  return tallies.reduce(
    (sum, tally) => ({
      claims: sum.claims + tally.claims,
      verified: sum.verified + tally.verified,
      secondary: sum.secondary + tally.secondary,
      unverified: sum.unverified + tally.unverified,
    }),
    EMPTY,
  );
}

/** A row `| key | claims | verified | secondary | unverified | changed |`, the key in backticks or bold. */
const ROW = /^\|\s*(`[^`]+`|\*\*[^*]+\*\*)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|(.*)\|\s*$/;

/** The audit tables of the document, in order; text and rows of other shapes are skipped. */
export function parseAuditTables(markdown: string): AuditTable[] {
  const tables: AuditTable[] = [];
  let current: AuditTable | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) {
      current = { heading: line.slice(3).trim(), rows: [], total: undefined };
      tables.push(current);
      continue;
    }
    const match = ROW.exec(line);
    if (!match || !current) continue;
    const [, key = '', claims, verified, secondary, unverified, changed = ''] = match;
    const tally = { claims: Number(claims), verified: Number(verified), secondary: Number(secondary), unverified: Number(unverified) };
    if (key.startsWith('**')) current.total = tally;
    else current.rows.push({ key: key.slice(1, -1), tally, changed: changed.trim() });
  }
  return tables.filter((table) => table.rows.length > 0);
}
