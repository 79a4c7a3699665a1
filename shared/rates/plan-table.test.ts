import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../text/normalize.ts';
import { findPlanTables } from './plan-table.ts';

const lines = (...cells: Array<string | number>) => foldForMatch(cells.join('\n'));

describe('findPlanTables', () => {
  it('reads each row from the total column', () => {
    const text = lines('还款计划', '期次', '应还日期', '应还本金', '应还利息', '应还合计', 1, '2025-02-03', '4,087.07', '175.00', '4,262.07', 2, '2025-03-03', '4,101.37', '160.70', '4,262.07', '仅显示最近2期');
    expect(findPlanTables(text)).toEqual([{ instalments: [4_262.07, 4_262.07], start: 5, end: expect.any(Number) }]);
  });

  it('adds principal, interest and fees when there is no total, in Traditional and English', () => {
    expect(findPlanTables(lines('期數', '本金(元)', '利息(元)', '擔保費', 1, '1,000', '30', '20', 2, '1,000', '20', '20'))[0]?.instalments).toEqual([1_050, 1_040]);
    expect(findPlanTables(lines('No.', 'Due date', 'Principal', 'Interest', 1, '2026-01-01', '¥500.00', '¥12.00', 2, '2026-02-01', '¥500.00', '¥6.00'))[0]?.instalments).toEqual([512, 506]);
  });

  it('ends at the first row that does not fit, and ignores tables without amounts to add up', () => {
    expect(findPlanTables(lines('期次', '应还合计', '状态', 1, '100.00', '已还', 3, '100.00', '待还'))).toEqual([]);
    expect(findPlanTables(lines('期次', '应还日期', '状态', 1, '2026-01-01', '已还', 2, '2026-02-01', '待还'))).toEqual([]);
    expect(findPlanTables(lines('期次', '应还合计', '状态', 1, '100.00', '已还', 2, '—', '待还'))).toEqual([]);
  });
});
