/**
 * Splits whole cents in proportion to weights (largest remainder): the parts add up to the total
 * exactly, each within one cent of its exact share. All weights zero gives all to none: zeros.
 */
export function splitCents(totalCents: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  if (weightSum === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (totalCents * Math.max(0, weight)) / weightSum);
  const parts = exact.map(Math.floor);
  let leftover = totalCents - parts.reduce((sum, cents) => sum + cents, 0);
  const order = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (leftover <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    leftover -= 1;
  }
  return parts;
}

/**
 * Splits row totals across columns in proportion to the column totals, in whole cents, so that
 * every row adds up to its total and every column to its own: a partner's shares across the
 * funding sources make its quota, and the partners' shares of a source make the source. When
 * the rows and columns do not have the same grand total (a plan not yet balanced), only the
 * rows are kept exact.
 */
export function balancedSplit(
  rowCents: readonly number[],
  columnCents: readonly number[],
): number[][] {
  const total = columnCents.reduce((sum, cents) => sum + cents, 0);
  const rowTotal = rowCents.reduce((sum, cents) => sum + cents, 0);
  if (total === 0) return rowCents.map(() => columnCents.map(() => 0));
  if (rowTotal !== total) return rowCents.map((cents) => splitCents(cents, columnCents));
  const exact = rowCents.map((row) => columnCents.map((column) => (row * column) / total));
  const cells = exact.map((row) => row.map(Math.floor));
  const columnLeft = columnCents.map(
    (column, index) => column - cells.reduce((sum, row) => sum + (row[index] ?? 0), 0),
  );
  // Each row takes its missing cents from the columns still missing the most (ties: the larger
  // fraction), one cent per cell: the greedy order of the Gale–Ryser construction, which finds
  // a fill whenever one exists, and the exact fractional split shows one does.
  rowCents.forEach((row, rowIndex) => {
    const rowCells = cells[rowIndex] ?? [];
    const rowExact = exact[rowIndex] ?? [];
    let missing = row - rowCells.reduce((sum, cents) => sum + cents, 0);
    const order = columnCents
      .map((_, index) => index)
      .sort(
        (a, b) =>
          (columnLeft[b] ?? 0) - (columnLeft[a] ?? 0) ||
          ((rowExact[b] ?? 0) % 1) - ((rowExact[a] ?? 0) % 1) ||
          a - b,
      );
    for (const index of order) {
      if (missing <= 0) break;
      if ((columnLeft[index] ?? 0) <= 0) continue;
      rowCells[index] = (rowCells[index] ?? 0) + 1;
      columnLeft[index] = (columnLeft[index] ?? 0) - 1;
      missing -= 1;
    }
  });
  return cells;
}
