import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyPage } from '../classify/classify-page.ts';
import { extractTitle, extractVisibleText } from '../classify/visible-text.ts';
import { printJson } from './print-json.ts';
import { UsageError } from './usage-error.ts';

/** Reads an HTML file as UTF-8 text, refusing what is not text. */
export function readHtmlFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : code === 'EISDIR' ? `${path} is a folder, not an HTML file` : `cannot read ${path} (${code})`);
  }
  if (bytes.includes(0)) throw new UsageError(`${path} is not a text/HTML file (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not valid UTF-8 text`);
  }
}

function checkedUrl(url: string | undefined): string {
  if (!url) throw new UsageError('--url URL is required (the address the page was shown at)');
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) throw new Error();
  } catch {
    throw new UsageError(`--url is not an http(s) URL: ${url}`);
  }
  return url;
}

export async function runPage(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { url: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('expected one HTML file: debtguide page FILE.html --url URL');
  const url = checkedUrl(values.url);
  const html = readHtmlFile(positionals[0] as string);
  const result = classifyPage({ url, text: extractVisibleText(html), title: extractTitle(html) });
  printJson({
    lender: result.lender,
    product: result.product,
    pageKind: result.pageKind,
    rates: result.rates.map(({ quote, apr }) => ({ quote, apr })),
    guides: result.guides,
    cost: result.cost && { received: result.cost.received, apr: result.cost.apr, compounded: result.cost.compounded },
    lookalike: result.lookalike,
  });
  return 0;
}
