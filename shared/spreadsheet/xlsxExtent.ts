import { GridBudget, columnNumber } from './gridBudget';
import { isSelfClosing } from './startTag';
import { attributeValues, xmlStartTagSink, type XmlChunkSink } from './xmlStartTags';

const cellReference = /^\$?([A-Za-z]+)\$?(\d+)$/;

function largest(values: readonly number[], fallback: number): number {
  return values.length === 0 ? fallback : Math.max(...values);
}

function referenceOf(text: string): { row: number; column: number } | null {
  const match = cellReference.exec(text.trim());
  if (!match) return null;
  return { column: columnNumber(match[1] ?? ''), row: Number(match[2]) };
}

/**
 * Measures one worksheet part of an xlsx as it is inflated: every row a parser will build, from
 * column A to its last cell, and every cell a hyperlink's range creates. Rows and cells without
 * a reference count from the one before, as SheetJS places them.
 */
export function xlsxSheetSink(sheet: string, budget: GridBudget): XmlChunkSink {
  let row = 0;
  let column = 0;
  let lastColumn = 0;
  const finishRow = (): void => {
    budget.addRows(sheet, row, lastColumn);
    lastColumn = 0;
  };
  const scan = xmlStartTagSink(/row|c|hyperlink/, (name, region) => {
    if (name === 'row') {
      finishRow();
      row = largest(attributeValues(region, 'r').map(Number).filter(Number.isFinite), row + 1);
      column = 0;
    } else if (name === 'c') {
      let cellColumn = 0;
      for (const value of attributeValues(region, 'r')) {
        const reference = referenceOf(value);
        if (!reference) continue;
        cellColumn = Math.max(cellColumn, reference.column);
        row = Math.max(row, reference.row);
      }
      column = cellColumn > 0 ? cellColumn : column + 1;
      if (!isSelfClosing(region)) lastColumn = Math.max(lastColumn, column);
    } else {
      for (const ref of attributeValues(region, 'ref')) {
        const [from, to] = ref.split(':').map(referenceOf);
        const start = from ?? null;
        const end = to ?? start;
        if (!start || !end) continue;
        const rows = Math.abs(end.row - start.row) + 1;
        budget.addRows(
          sheet,
          Math.min(start.row, end.row),
          Math.max(start.column, end.column),
          rows,
        );
      }
    }
  });
  return (chunk, final) => {
    scan(chunk, final);
    if (final) finishRow();
  };
}
