import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteCorpus } from '../cli/load-site-corpus.ts';
import { repoRoot } from '../cli/paths.ts';
import { messageRules } from '../messages/rules/index.ts';
import { addTallies, parseAuditTables, tallyClaims, type AuditTable } from './content-audit.ts';
import type { ContentPage } from './page.ts';

describe('tallyClaims', () => {
  it('counts sources by confidence', () => {
    const tally = tallyClaims([{ confidence: 'verified' }, { confidence: 'secondary' }, { confidence: 'verified' }, { confidence: 'unverified' }]);
    expect(tally).toEqual({ claims: 4, verified: 2, secondary: 1, unverified: 1 });
    expect(addTallies([tally, tally]).claims).toBe(8);
  });
});

describe('parseAuditTables', () => {
  it('reads each table under its heading, with its total row', () => {
    const markdown = [
      'Intro | not a row', '## Pages', '', '| page | claims | verified | secondary | unverified | changed |', '|---|---|---|---|---|---|',
      '| `rights/a` | 3 | 2 | 1 | 0 | corrected: x |', '| **total** | 3 | 2 | 1 | 0 | |', '## Notes', 'none',
    ].join('\n');
    expect(parseAuditTables(markdown)).toEqual([
      { heading: 'Pages', rows: [{ key: 'rights/a', tally: { claims: 3, verified: 2, secondary: 1, unverified: 0 }, changed: 'corrected: x' }], total: { claims: 3, verified: 2, secondary: 1, unverified: 0 } },
    ]);
  });
});

describe('docs/CONTENT-AUDIT.md', () => {
  const markdown = readFileSync(`${repoRoot()}docs/CONTENT-AUDIT.md`, 'utf8');
  const tables = parseAuditTables(markdown);
  const table = (heading: string): AuditTable => {
    const found = tables.find((candidate) => candidate.heading === heading);
    if (!found) throw new Error(`docs/CONTENT-AUDIT.md has no table under '## ${heading}'`);
    return found;
  };
  let pages: ContentPage[] = [];
  beforeAll(() => {
    pages = loadSiteCorpus().pages.filter((page) => page.lang !== 'zh-hant');
  }, 60_000);

  it('has a row for every page, with the figures of its citations in both languages', () => {
    const rows = new Map(table('Pages').rows.map((row) => [row.key, row]));
    for (const page of pages) {
      const row = rows.get(page.slug);
      expect(row, `${page.file}: check its claims and add a row for '${page.slug}' to docs/CONTENT-AUDIT.md`).toBeDefined();
      expect(tallyClaims(page.citations), `${page.file} against its row in docs/CONTENT-AUDIT.md`).toEqual(row?.tally);
      expect(row?.changed, page.slug).not.toBe('');
    }
    const slugs = new Set(pages.map((page) => page.slug));
    expect([...rows.keys()].filter((key) => !slugs.has(key)), 'rows for pages that do not exist').toEqual([]);
  });

  it('has a row for every message rule, with the figures of its legal sources', () => {
    const rows = new Map(table('Message rules').rows.map((row) => [row.key, row]));
    expect([...rows.keys()].sort()).toEqual(messageRules.map((rule) => rule.id).sort());
    for (const rule of messageRules) expect(tallyClaims(rule.law), rule.id).toEqual(rows.get(rule.id)?.tally);
  });

  it('adds its totals up', () => {
    for (const heading of ['Pages', 'Message rules']) {
      const { rows, total } = table(heading);
      expect(total, heading).toEqual(addTallies(rows.map((row) => row.tally)));
    }
  });

  it('is no older than any page says it was reviewed on', () => {
    const audited = /^Audited: (\d{4}-\d{2}-\d{2})$/m.exec(markdown)?.[1];
    expect(audited, 'an "Audited: YYYY-MM-DD" line').toBeDefined();
    const older = pages.filter((page) => page.reviewed < (audited ?? '')).map((page) => page.file);
    expect(older, 'pages whose `reviewed` predates the audit').toEqual([]);
  });
});
