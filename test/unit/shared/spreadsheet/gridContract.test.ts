import { describe, expect, it } from 'vitest';
import { spreadsheetJobResultSchema } from '../../../../shared/exchange/jobResult';
import { spreadsheetLimits } from '../../../../shared/exchange/limits';

function gridOf(rows: null[][]): unknown {
  return { ok: true, grid: { format: 'xlsx', sheets: [{ name: 'Foglio1', hidden: false, rows }] } };
}

describe('the grid that crosses from the reader to the page or the main process', () => {
  it('accepts rows as wide as the column limit and refuses one cell more', () => {
    const widest = Array.from({ length: spreadsheetLimits.maxColumns }, () => null);
    expect(spreadsheetJobResultSchema.safeParse(gridOf([widest])).success).toBe(true);
    expect(spreadsheetJobResultSchema.safeParse(gridOf([[...widest, null]])).success).toBe(false);
  });

  it('refuses more rows than a header and the row limit', () => {
    const rows = Array.from({ length: spreadsheetLimits.maxRows + 2 }, () => [null]);
    expect(spreadsheetJobResultSchema.safeParse(gridOf(rows)).success).toBe(false);
    expect(spreadsheetJobResultSchema.safeParse(gridOf(rows.slice(1))).success).toBe(true);
  });
});
