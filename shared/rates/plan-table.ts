/**
 * A repayment plan shown as a table (还款计划: 期次 | 应还日期 | 应还本金 | 应还利息 | 应还合计), read from
 * folded visible text, where each cell stands on its own line (see extractVisibleText). The header names
 * the columns; the rows that follow, numbered 1, 2, 3…, give each instalment: the total column when there
 * is one, else principal + interest + fees. Anything that does not fit the header ends the table.
 */
import { readAmount } from './amount-value.ts';
import { phraseTable } from './phrase-table.ts';
import { isAsciiDigit, readDecimal } from './rate-value.ts';

type Column = 'number' | 'total' | 'principal' | 'interest' | 'fee' | 'date' | 'other';

const COLUMNS = phraseTable<Column>([
  ...['期次', '期数', '期号', '期', '序号', '第几期', 'instalment no.', 'installment no.', 'no.', 'month', 'period', 'term', '#'].map((h) => [h, 'number'] as const),
  ...['应还合计', '合计', '应还金额', '还款金额', '本期应还', '月供', '每期应还', '应还总额', '还款额', 'total', 'repayment', 'amount due', 'payment', 'monthly repayment'].map((h) => [h, 'total'] as const),
  ...['应还本金', '本金', '还款本金', 'principal'].map((h) => [h, 'principal'] as const),
  ...['应还利息', '利息', '还款利息', 'interest'].map((h) => [h, 'interest'] as const),
  ...['服务费', '手续费', '担保费', '会员费', '保险费', '应还服务费', '应还担保费', 'fee', 'fees', 'guarantee fee', 'service fee'].map((h) => [h, 'fee'] as const),
  ...['应还日期', '还款日', '还款日期', '日期', '到期日', 'date', 'due date'].map((h) => [h, 'date'] as const),
  ...['状态', '还款状态', '剩余本金', '剩余应还', 'status', 'balance', 'outstanding'].map((h) => [h, 'other'] as const),
]);

/** A unit in brackets after a column name: 本金(元). */
const UNITS = ['(元)', '(人民币)', '(¥)', '(rmb)', '(hkd)'];

/** A table's listed instalments and the span of text it covers. */
export type PlanTable = { instalments: number[]; start: number; end: number };

type Line = { text: string; start: number; end: number };

function splitLines(folded: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of folded.split('\n')) {
    lines.push({ text: text.trim(), start, end: start + text.length });
    start += text.length + 1;
  }
  return lines;
}

/** The column a header cell names, when the whole cell is that name (a unit in brackets allowed: 本金(元)). */
function columnOf(cell: string): Column | undefined {
  const unit = UNITS.find((u) => cell.endsWith(u));
  const name = unit ? cell.slice(0, -unit.length) : cell;
  const found = COLUMNS.matchAt(name, 0);
  return found && found.phrase.length === name.length ? found.value : undefined;
}

/** A cell's amount, when the whole cell is one. */
function amountCell(cell: string): number | undefined {
  const amount = readAmount(cell, 0);
  return amount && amount.end === cell.length ? amount.value : undefined;
}

/** The row number at the start of a row: 1, 第1期, 1/12. */
function rowNumber(cell: string): number | undefined {
  const at = cell.startsWith('第') ? 1 : 0;
  const number = readDecimal(cell, at);
  if (!number || !Number.isInteger(number.value)) return undefined;
  const rest = cell.slice(number.end);
  const ofTotal = rest.startsWith('/') && rest.length > 1 && [...rest.slice(1)].every((ch) => isAsciiDigit(ch));
  return rest === '' || rest === '期' || ofTotal ? number.value : undefined;
}

/** Reads the rows under a header of `columns` starting at line `from`; each row's instalment. */
function readRows(lines: readonly Line[], from: number, columns: readonly Column[]): { instalments: number[]; next: number } {
  const instalments: number[] = [];
  let at = from;
  while (at + columns.length <= lines.length) {
    const cells = lines.slice(at, at + columns.length).map((line) => line.text);
    if (rowNumber(cells[0] ?? '') !== instalments.length + 1) break;
    const sums: Partial<Record<Column, number>> = {};
    let fits = true;
    columns.forEach((column, k) => {
      if (column === 'number' || column === 'date' || column === 'other') return;
      const value = amountCell(cells[k] ?? '');
      if (value === undefined) fits = false;
      else sums[column] = (sums[column] ?? 0) + value;
    });
    if (!fits) break;
    const instalment = sums.total ?? (sums.principal ?? 0) + (sums.interest ?? 0) + (sums.fee ?? 0);
    instalments.push(Math.round(instalment * 100) / 100);
    at += columns.length;
  }
  return { instalments, next: at };
}

/** Every repayment-plan table in the folded text with at least two rows, in text order. */
export function findPlanTables(folded: string): PlanTable[] {
  const lines = splitLines(folded);
  const tables: PlanTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (columnOf(lines[i]?.text ?? '') !== 'number') continue;
    const columns: Column[] = ['number'];
    let j = i + 1;
    for (let column = columnOf(lines[j]?.text ?? ''); column && column !== 'number' && j < lines.length; column = columnOf(lines[++j]?.text ?? '')) {
      columns.push(column);
    }
    const hasTotal = columns.includes('total') || (columns.includes('principal') && columns.includes('interest'));
    if (columns.length < 3 || !hasTotal) continue;
    const { instalments, next } = readRows(lines, j, columns);
    if (instalments.length >= 2) {
      tables.push({ instalments, start: lines[i]?.start ?? 0, end: lines[next - 1]?.end ?? 0 });
      i = next - 1;
    }
  }
  return tables;
}
