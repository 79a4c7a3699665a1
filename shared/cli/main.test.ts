import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
/** A page of our own (an overdue notice of a listed lender), so the command is tested without ../shared. */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Runs the command as `pnpm debtguide` does: the same Node, the same entry file. */
function debtguide(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', input, timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(args: string[], input?: string) {
  const run = debtguide(args, input);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

function expectUsageError(args: string[], input?: string) {
  const run = debtguide(args, input);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  return run.stderr;
}

describe('debtguide page', () => {
  it('prints the contract shape', () => {
    const out = json(['page', `${FIXTURES}overdue-page.html`, '--url', 'https://loan.mybank.cn/overdue/detail.htm']);
    expect(Object.keys(out)).toEqual(['lender', 'product', 'pageKind', 'rates', 'guides', 'cost', 'lookalike']);
    expect(out.cost).toBeNull();
    expect(out).toMatchObject({ lender: 'mybank', product: 'wangshangdai', pageKind: 'overdue', lookalike: null });
    expect(out.rates).toEqual([{ quote: '日利率0.04%', apr: 14.6 }, { quote: '万分之6/天', apr: 21.9 }]);
  });

  it('prints the true cost when the page shows the amounts (CONTRACT §4b)', () => {
    const page = fileURLToPath(new URL('../rates/fixtures/loan-confirm-service-fee-hans.html', import.meta.url));
    const out = json(['page', page, '--url', 'https://jr.jd.com/jintiao/confirm']);
    expect(out.cost).toEqual({ received: 9000, apr: 56.75, compounded: 74.11 });
    expect(out.rates).toEqual([{ quote: '日利率0.05%', apr: 18.25 }, { quote: '年化利率18.25%', apr: 18.25 }]);
  });

  it('names the lender a look-alike host imitates, with the lender of a legal-looking notice taken from its text', () => {
    const out = json(['page', `${import.meta.dirname}/../classify/lookalike-pages/webank-legal-polite-notice.html`, '--url', 'https://webank-legal.cn/lsgzh/2025/0712']);
    expect(out).toMatchObject({ lender: 'webank', product: 'weilidai', pageKind: 'collection-notice', lookalike: 'webank' });
    expect(json(['page', `${FIXTURES}overdue-page.html`, '--url', 'https://jd.com.kefu-center.cn/x'])).toMatchObject({ lookalike: 'jd' });
  });

  it('rejects a missing file, a binary file, a missing or bad URL, and unknown flags', () => {
    expect(expectUsageError(['page', 'no-such.html', '--url', 'https://a.cn/'])).toContain('no such file');
    expect(expectUsageError(['page', process.execPath, '--url', 'https://a.cn/'])).toContain('not a text/HTML file');
    expect(expectUsageError(['page', `${FIXTURES}overdue-page.html`])).toContain('--url');
    expect(expectUsageError(['page', `${FIXTURES}overdue-page.html`, '--url', 'ftp://x'])).toContain('http');
    expectUsageError(['page', `${FIXTURES}overdue-page.html`, '--url', 'https://a.cn/', '--verbose']);
    expect(expectUsageError(['page', FIXTURES, '--url', 'https://a.cn/'])).toContain('folder');
  });
});

describe('debtguide message', () => {
  it('flags with evidence and guides, from an argument or stdin', () => {
    const out = json(['message', '--at', '2026-01-05T23:10:00+08:00', '再不还钱就打电话给你所有联系人']);
    expect(out.flags).toEqual([
      { rule: 'contacts-third-parties', evidence: expect.any(String), guides: expect.arrayContaining(['rights/third-party-contact']) },
      { rule: 'odd-hours', evidence: '23:10', guides: ['rights/contact-hours'] },
    ]);
    expect(json(['message', '-'], '你个老赖').flags).toMatchObject([{ rule: 'insult', evidence: '老赖' }]);
    expect(json(['message', '您好，本期账单请按时还款。'])).toEqual({ flags: [], topics: [] });
    expect(json(['message', '我们将依法起诉']).topics).toMatchObject([{ topic: 'lawsuit', evidence: '起诉' }]);
  });

  it('rejects empty text, a bad time and unknown flags', () => {
    expect(expectUsageError(['message', ''])).toContain('empty');
    expect(expectUsageError(['message', '-'], '   ')).toContain('empty');
    expectUsageError(['message', '--at', 'yesterday', 'hello']);
    expectUsageError(['message', '--at', '2025-02-30T10:00:00+08:00', 'hello']);
    expectUsageError(['message', '--loud', 'hello']);
    expectUsageError(['message']);
  });
});

describe('debtguide apr', () => {
  it('annualises by CONTRACT §4', () => {
    expect(json(['apr', '--rate', '0.05%', '--per', 'day']).apr).toBe(18.25);
    expect(json(['apr', '--rate', '0.35%', '--per', 'month']).apr).toBe(4.2);
    expect(json(['apr', '--rate', '0.75%', '--per', 'month', '--fee-on-principal', '--terms', '24']).apr).toBe(16.43);
    expect(json(['apr', '--rate', '0.5%', '--per', 'month', '--fee-on-principal'])).toMatchObject({ apr: 10.9, assumedTerms: 12 });
    expect(json(['apr', '--rate', '7.3%', '--per', 'year']).apr).toBe(7.3);
  });

  it('works out the true cost of a repayment plan by CONTRACT §4b', () => {
    expect(json(['apr', '--principal', '100000', '--payment', '8833.33', '--terms', '12', '--upfront-fee', '1000', '--monthly-fee', '0'])).toEqual({
      apr: 12.8, compounded: 13.58, received: 99000, totalPaid: 105999.96, cost: 6999.96,
    });
    expect(json(['apr', '--principal', '10,000', '--payment', '1000', '--terms', '12', '--upfront-fee', '1000'])).toEqual({
      apr: 56.75, compounded: 74.11, received: 9000, totalPaid: 12000, cost: 3000,
    });
    expect(json(['apr', '--principal', '1万', '--payment', '888.49', '--terms', '12', '--monthly-fee', '50'])).toMatchObject({ apr: 22.53, totalPaid: 11261.88 });
  });

  it('rejects an incomplete or impossible plan, bad amounts and mixed forms', () => {
    expect(expectUsageError(['apr', '--principal', '10000', '--payment', '1000'])).toContain('go together');
    expect(expectUsageError(['apr', '--principal', 'lots', '--payment', '1000', '--terms', '12'])).toContain('invalid --principal');
    expect(expectUsageError(['apr', '--principal', '10000', '--payment=-5', '--terms', '12'])).toContain('invalid --payment');
    expect(expectUsageError(['apr', '--principal', '10000', '--payment', '1000', '--terms', '12', '--upfront-fee', '10000'])).toContain('upfrontFee');
    expect(expectUsageError(['apr', '--principal', '0', '--payment', '1000', '--terms', '12'])).toContain('principal');
    expect(expectUsageError(['apr', '--principal', '10000', '--payment', '1000', '--terms', '12', '--rate', '1%'])).toContain('one form or the other');
    expectUsageError(['apr', '--principal', '10000', '--payment', '1000', '--terms', '12', '--monthly-fee']);
  });

  it('rejects bad rates, periods and terms', () => {
    expectUsageError(['apr', '--rate', 'abc', '--per', 'day']);
    expectUsageError(['apr', '--rate', '0.05%', '--per', 'week']);
    expectUsageError(['apr', '--per', 'day']);
    expectUsageError(['apr', '--rate', '0.5%', '--per', 'month', '--fee-on-principal', '--terms', '0']);
    expectUsageError(['apr', '--rate', '0.5%', '--per', 'month', '--terms', '12']);
  });
});

describe('debtguide search', () => {
  it('returns slugs, titles and scores, best first', () => {
    const out = json(['search', '--lang', 'zh-hans', '--limit', '5', '欠网贷不还会坐牢吗']);
    const results = out.results as { slug: string; title: string; score: number }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    expect(results.map((r) => r.slug)).toContain('rights/criminal-liability-myths');
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => a - b));
  });

  it('rejects a bad language, limit or empty query', () => {
    expectUsageError(['search', '--lang', 'fr', '借呗']);
    expectUsageError(['search', '--limit', 'many', '借呗']);
    expectUsageError(['search', '  ']);
  });
});

describe('debtguide', () => {
  it('rejects an unknown or missing command', () => {
    expectUsageError(['frobnicate']);
    expectUsageError([]);
  });
});

describe('debtguide check', () => {
  const BROKEN = fileURLToPath(new URL('../content/test-corpus/broken/', import.meta.url));

  it('passes the repository corpus', () => {
    expect(json(['check'])).toEqual({ ok: true, problems: [] });
  });

  it('fails a broken corpus with file:line: problem lines and exit 1', () => {
    const run = debtguide(['check', '--dir', `${BROKEN}raw-html`]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^\S+\.md:\d+: \S/);
    expect(lines.some((line) => /privacy\.md:18: raw HTML/.test(line))).toBe(true);
  });
});
