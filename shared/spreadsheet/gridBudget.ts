import type { SpreadsheetLimits } from '../exchange/limits';
import { SpreadsheetError } from '../exchange/problems';

/** A column number (1-based) as its letters: 1 → A, 200 → GR, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A column's letters as its number (1-based), or Infinity past any real sheet. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
    if (column > 1_000_000) return Infinity;
  }
  return column;
}

/**
 * Counts what a parser will materialise before it does: every cell from column A to a row's
 * last cell, empty or not, in every sheet. A row or column past the limits, or too many cells
 * in all, is refused with the limit it broke, so nothing is ever dropped silently.
 */
export class GridBudget {
  private cells = 0;

  constructor(private readonly limits: SpreadsheetLimits) {}

  /** Records `repeat` rows from `row` (1-based) whose last materialised column is `lastColumn`. */
  addRows(sheet: string, row: number, lastColumn: number, repeat = 1): void {
    if (lastColumn <= 0 || repeat <= 0) return;
    const lastRow = row + repeat - 1;
    if (lastRow > this.limits.maxRows + 1) {
      throw new SpreadsheetError('rowBeyondLimit', {
        sheet,
        row: Number.isFinite(lastRow) ? lastRow : '∞',
        limit: this.limits.maxRows,
      });
    }
    if (lastColumn > this.limits.maxColumns) {
      throw new SpreadsheetError('tooManyColumns', {
        sheet,
        cell: Number.isFinite(lastColumn) ? `${columnLetters(lastColumn)}${row}` : `?${row}`,
        limit: this.limits.maxColumns,
        lastColumn: columnLetters(this.limits.maxColumns),
      });
    }
    this.cells += lastColumn * repeat;
    if (this.cells > this.limits.maxCells)
      throw new SpreadsheetError('tooManyCells', { limit: this.limits.maxCells });
  }

  /** How many cells the parser will hold. */
  get total(): number {
    return this.cells;
  }
}
