import type { Indicator } from '../../../../shared/domain';
import { parseNumberText } from '../../../../shared/exchange';
import { isOutlierValue, valueProblem, type ValueProblem } from '../../../../shared/projects';

/** What is wrong with a cell of the quarter grid: a value refused, or a text that is no number. */
export type GridCellProblem = ValueProblem | 'notNumber';

/** A cell of the grid read: empty (the value is removed), a number, or a problem. */
export type GridCell =
  | { kind: 'empty' }
  | { kind: 'value'; value: number; outlier: boolean }
  | { kind: 'problem'; problem: GridCellProblem };

/**
 * The numbers of a block copied from Excel or LibreOffice (rows of tab-separated cells): one per
 * row, the row's last cell, so that a block with the partners' names beside their figures pastes
 * as well as the figures alone. The empty line a spreadsheet adds at the end is dropped.
 */
export function pastedColumn(text: string): string[] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  if (rows.at(-1) === '') rows.pop();
  return rows.map((row) => row.split('\t').at(-1)?.trim() ?? '');
}

/** Puts pasted figures into the grid from a row down, never past its last row. */
export function pasteInto(
  cells: readonly string[],
  from: number,
  pasted: readonly string[],
): string[] {
  return cells.map((cell, index) =>
    index >= from && index - from < pasted.length ? (pasted[index - from] ?? cell) : cell,
  );
}

/** Reads one cell with the single value form's rules: period, sign, and the outlier flag. */
export function readGridCell(
  indicator: Pick<Indicator, 'unit' | 'target'>,
  period: string,
  text: string,
  today: string,
): GridCell {
  if (text.trim() === '') return { kind: 'empty' };
  const value = parseNumberText(text);
  if (value === null) return { kind: 'problem', problem: 'notNumber' };
  const problem = valueProblem(indicator, period, value, today);
  if (problem) return { kind: 'problem', problem };
  return { kind: 'value', value, outlier: isOutlierValue(indicator, value) };
}
