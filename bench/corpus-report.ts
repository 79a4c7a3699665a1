/**
 * `pnpm corpus:report [dev|test|all]`: the message checker and the page classifier scored on the real-world
 * corpora, per rule and per kind, with every difference listed. Tune on `dev` only; `test` is the frozen part.
 */
import { classifyPage } from '../shared/classify/classify-page.ts';
import { extractTitle, extractVisibleText } from '../shared/classify/visible-text.ts';
import { readMessageCorpus, readPageCorpus } from '../shared/corpus/read-corpus-files.ts';
import { formatReport, scoreLabels } from '../shared/corpus/score-labels.ts';
import { checkMessage } from '../shared/messages/check-message.ts';

const part = process.argv[2] ?? 'dev';
const keep = <T extends { part: string }>(items: T[]) => items.filter((i) => part === 'all' || i.part === part);

const messages = keep(readMessageCorpus());
const checked = messages.map((m) => ({ m, result: checkMessage(m.text, { at: m.at }) }));
const flags = scoreLabels(checked.map(({ m, result }) => ({ id: m.id, expected: m.flags, predicted: result.flags.map((f) => f.rule) })));
const topics = scoreLabels(checked.map(({ m, result }) => ({ id: m.id, expected: m.topics, predicted: result.topics.map((t) => t.topic) })));
console.log(formatReport(`messages/${part} flags`, flags));
console.log(`  lawful flagged: ${checked.filter(({ m, result }) => m.flags.length === 0 && result.flags.length > 0).length} of ${messages.filter((m) => m.flags.length === 0).length}`);
console.log(formatReport(`messages/${part} topics`, topics));
const verbose = process.argv.includes('--verbose');
const byId = new Map(messages.map((m) => [m.id, m]));
for (const d of flags.differences) {
  if (verbose) console.log(`  ${d.id} missed [${d.missed}] extra [${d.extra}] :: ${byId.get(d.id)?.text.slice(0, 160)}`);
}

const pages = keep(readPageCorpus()).map((p) => ({ p, result: classifyPage({ url: p.url, text: extractVisibleText(p.html), title: extractTitle(p.html) }) }));
const kindRight = pages.filter(({ p, result }) => p.pageKind === result.pageKind).length;
console.log(`pages/${part}: ${pages.length}, kind right ${kindRight} (${((kindRight / Math.max(1, pages.length)) * 100).toFixed(1)}%)`);
for (const { p, result } of pages) {
  const expectedRates = p.rates.map((r) => r.apr).sort().join(',');
  const gotRates = result.rates.map((r) => r.apr).sort().join(',');
  const wrong = [p.pageKind !== result.pageKind && `kind ${p.pageKind}→${result.pageKind}`, p.lender !== result.lender && `lender ${p.lender}→${result.lender}`, expectedRates !== gotRates && `rates [${expectedRates}]→[${gotRates}]`].filter(Boolean);
  if (wrong.length) console.log(`  ${p.id}: ${wrong.join('; ')}`);
}
