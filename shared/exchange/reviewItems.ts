import { cellText } from './cellValues';
import type { MergeOutcome, RejectionReason, ReviewItem } from './mergeTypes';
import { partnerFields } from './partnerFormat';
import type { ReturnedRow, ReturnedSheet } from './partnerReader';

/** The review lines the merge collects. */
export type Collector = { items: ReviewItem[] };

/** One review line of a row, with the details known about it. */
export function item(
  sheet: ReturnedSheet,
  row: ReturnedRow,
  label: string,
  outcome: MergeOutcome,
  details: Partial<
    Omit<ReviewItem, 'key' | 'outcome' | 'sheet' | 'sheetName' | 'rowNumber' | 'rowLabel'>
  >,
): ReviewItem {
  const field = details.field ?? null;
  return {
    key: `${sheet.key}:${row.rowNumber}:${field ?? 'row'}`,
    outcome,
    sheet: sheet.key,
    sheetName: sheet.name,
    rowNumber: row.rowNumber,
    rowLabel: label,
    recordId: details.recordId ?? row.id,
    field,
    column: details.column ?? null,
    base: details.base ?? null,
    current: details.current ?? null,
    incoming: details.incoming ?? null,
    cellText: details.cellText ?? '',
    reason: details.reason ?? null,
    proposal: details.proposal ?? null,
    period: details.period ?? null,
    ...(details.rowText === undefined ? {} : { rowText: details.rowText }),
  };
}

// The row's filled cells in the sheet's column order, as the partner wrote them.
function rowTextOf(sheet: ReturnedSheet, row: ReturnedRow): string {
  return partnerFields[sheet.key]
    .map((field) => cellText(row.cells.get(field.key) ?? null).trim())
    .filter((text) => text !== '')
    .join(' · ');
}

/** A whole row refused, with the ID cell as its value and the row's other cells beside it. */
export function rejectRow(
  collector: Collector,
  sheet: ReturnedSheet,
  row: ReturnedRow,
  label: string,
  reason: RejectionReason,
): void {
  collector.items.push(
    item(sheet, row, label, 'rejected', {
      column: sheet.idHeader,
      cellText: row.id ?? '',
      reason,
      rowText: rowTextOf(sheet, row),
    }),
  );
}
