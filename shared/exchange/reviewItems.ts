import type { MergeOutcome, RejectionReason, ReviewItem } from './mergeTypes';
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
  };
}

/** A whole row refused, with the ID cell as its value. */
export function rejectRow(
  collector: Collector,
  sheet: ReturnedSheet,
  row: ReturnedRow,
  label: string,
  reason: RejectionReason,
): void {
  collector.items.push(
    item(sheet, row, label, 'rejected', { column: sheet.idHeader, cellText: row.id ?? '', reason }),
  );
}
