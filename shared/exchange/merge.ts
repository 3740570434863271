import { cellText } from './cellValues';
import type { GridCell } from './grid';
import { readFieldValue, sameValue } from './fieldValues';
import type { CurrentRecords, ImportReview, MergeOutcome, ReviewItem } from './mergeTypes';
import {
  baseIsIntact,
  baseRowsByKey,
  rowKey,
  type BaseValue,
  type ExportRow,
  type PartnerBase,
} from './partnerBase';
import { partnerFields, type FieldSpec } from './partnerFormat';
import type { ReturnedRow, ReturnedSheet, ReturnedWorkbook } from './partnerReader';
import { currentOf, recordFieldOf, type Current } from './mergeCurrent';
import { SpreadsheetError } from './problems';
import { emptiedMeaning } from './partnerRules';
import { noteKey } from './returnedFile';
import { item, rejectRow, type Collector } from './reviewItems';
import { mergeNewActionRow, mergeNewContactRow } from './mergeNewRows';
import { mergeNewExpenseRow } from './mergeExpenseRows';

function fieldOutcome(
  field: FieldSpec,
  base: BaseValue,
  current: BaseValue,
  incoming: BaseValue,
  notes: ReadonlySet<string>,
): MergeOutcome {
  if (field.kind === 'note') {
    if (incoming === '' || incoming === null) return 'unchanged';
    // The same note from a file imported before (or a re-saved copy of it) is already in the timeline.
    return notes.has(noteKey(String(incoming))) ? 'unchanged' : 'applied';
  }
  if (field.kind === 'proposedDay' && incoming === null) return 'unchanged';
  if (sameValue(incoming, base) || sameValue(incoming, current)) return 'unchanged';
  // A new due date is the partner's proposal: the coordinator decides it, never "accept all".
  // So is retiring a contact (it is archived, never deleted).
  if (field.kind === 'proposedDay' || field.kind === 'flag') return 'proposed';
  return sameValue(current, base) ? 'applied' : 'conflict';
}

function keptAsExported(field: FieldSpec, cell: GridCell, base: BaseValue): boolean {
  return (
    (field.kind === 'email' || field.kind === 'phone') &&
    base !== null &&
    cellText(cell).trim() === String(base).trim()
  );
}

function mergeExistingRow(
  collector: Collector,
  sheet: ReturnedSheet,
  row: ReturnedRow,
  baseRow: ExportRow,
  current: Current,
): void {
  const changes: ReviewItem[] = [];
  // An indicator's value is the partner's for the row's period: the reporting one, or a late one.
  const period = sheet.key === 'indicators' ? String(baseRow.values.period ?? '') : null;
  for (const field of partnerFields[sheet.key]) {
    const cell = row.cells.get(field.key);
    // A column the partner removed changes nothing.
    if (cell === undefined) continue;
    const column = sheet.headers.get(field.key) ?? null;
    const recordField = recordFieldOf(field.key);
    const base =
      field.kind === 'proposedDay'
        ? (baseRow.values.dueDate ?? null)
        : (baseRow.values[field.key] ?? null);
    const now = Object.hasOwn(current.values, recordField)
      ? (current.values[recordField] ?? null)
      : base;
    const read = readFieldValue(field, cell);
    const details = {
      field: field.key,
      column,
      base,
      current: now,
      cellText: cellText(cell),
      period,
    };
    if (!field.editable) {
      // Only texts are compared: dates and numbers in information columns may be reformatted by the program.
      if (
        read.ok &&
        field.format === 'text' &&
        !sameValue(read.value, baseRow.values[field.key] ?? null)
      ) {
        changes.push(
          item(sheet, row, baseRow.label, 'rejected', {
            ...details,
            incoming: read.value,
            reason: 'readOnlyColumn',
          }),
        );
      }
      continue;
    }
    if (!read.ok) {
      // An address or number left as exported is Regia's own, even if older than the roster's
      // rules: the partner did not write it, so it is not refused.
      if (!keptAsExported(field, cell, base))
        changes.push(
          item(sheet, row, baseRow.label, 'rejected', { ...details, reason: read.reason }),
        );
      continue;
    }
    const emptied = read.value === null || read.value === '';
    const meaning = emptiedMeaning(sheet.key, field);
    if (emptied && meaning === 'ignored') continue;
    if (emptied && meaning === 'keeps') {
      // A value already recorded stays: emptying its cell is refused, saying so.
      if (!sameValue(base, null))
        changes.push(
          item(sheet, row, baseRow.label, 'rejected', { ...details, reason: 'cannotEmpty' }),
        );
      continue;
    }
    if (field.kind === 'number' && typeof read.value === 'number' && read.value < 0) {
      changes.push(
        item(sheet, row, baseRow.label, 'rejected', {
          ...details,
          incoming: read.value,
          reason: 'outOfRange',
        }),
      );
      continue;
    }
    const outcome = fieldOutcome(field, base, now, read.value, current.notes);
    if (outcome !== 'unchanged')
      changes.push(item(sheet, row, baseRow.label, outcome, { ...details, incoming: read.value }));
  }
  const proposesChanges = changes.some(
    (change) => change.outcome !== 'rejected' || change.reason !== 'readOnlyColumn',
  );
  if (current.archived && proposesChanges) {
    rejectRow(collector, sheet, row, baseRow.label, 'archivedInRegia');
    return;
  }
  if (changes.length === 0) collector.items.push(item(sheet, row, baseRow.label, 'unchanged', {}));
  collector.items.push(...changes);
}

const periodField = partnerFields.indicators.find((field) => field.key === 'period');

/**
 * The key of a returned row, as its exported row has it. An indicator's row is found by its
 * period too; a sheet that lost its Periodo column answers for the reporting period.
 */
function returnedRowKey(sheet: ReturnedSheet, row: ReturnedRow, base: PartnerBase): string {
  const id = row.id ?? '';
  if (sheet.key !== 'indicators') return id;
  const cell = row.cells.get('period');
  if (cell === undefined || !periodField) {
    const first = base.sheets.indicators.find((candidate) => candidate.id === id);
    return rowKey('indicators', id, first?.values.period);
  }
  const read = readFieldValue(periodField, cell);
  return rowKey('indicators', id, read.ok ? read.value : cellText(cell));
}

/**
 * The three-way merge of a returned workbook, field by field, against the exported base and
 * Regia's records now: unchanged (the sheet kept the exported value, or both sides agree),
 * applied (only the sheet changed), conflict (both changed, differently), proposed (a new due
 * date or a new action: decided one by one), new (a new contact) and rejected (unknown ID, another partner's row, invalid value), each with
 * row, column, value and reason. Nothing here writes; rows missing from the sheet change nothing.
 */
export function mergeReturnedWorkbook(
  returned: ReturnedWorkbook,
  base: PartnerBase,
  current: CurrentRecords,
): ImportReview {
  if (!baseIsIntact(base)) throw new SpreadsheetError('baseChanged');
  const baseRows = baseRowsByKey(base);
  if (returned.meta) {
    for (const [sheet, rows] of Object.entries(baseRows)) {
      for (const [key, row] of rows) {
        const written = returned.meta.hashes.get(`${sheet}:${key}`);
        if (written !== undefined && written !== row.hash)
          throw new SpreadsheetError('baseChanged');
      }
    }
  }
  const collector: Collector = { items: [] };
  const partnerContacts = [...current.contacts.values()].filter(
    (contact) => contact.organizationId === base.partnerId && contact.archivedAt === null,
  );
  const partnerActions = [...current.actions.values()].filter(
    (action) => action.ownerOrganizationId === base.partnerId,
  );
  const expenses = {
    projects: current.partnerProjects ?? [],
    expenses: current.partnerExpenses ?? [],
    today: current.today ?? null,
  };
  const missingRowLabels: ImportReview['missingRowLabels'] = [];
  for (const sheet of returned.sheets) {
    const seen = new Set<string>();
    for (const row of sheet.rows) {
      if (row.id === null) {
        if (sheet.key === 'contacts') mergeNewContactRow(collector, sheet, row, partnerContacts);
        else if (sheet.key === 'actions') mergeNewActionRow(collector, sheet, row, partnerActions);
        else if (sheet.key === 'expenses') mergeNewExpenseRow(collector, sheet, row, expenses);
        else
          rejectRow(
            collector,
            sheet,
            row,
            cellText(row.cells.get(sheet.key === 'indicators' ? 'indicator' : 'title') ?? null),
            'newNotAllowed',
          );
        continue;
      }
      const key = returnedRowKey(sheet, row, base);
      const baseRow = baseRows[sheet.key].get(key);
      const now = currentOf(sheet.key, row.id, current, base.partnerId, baseRow?.values.period);
      const label = baseRow?.label ?? '';
      if (seen.has(key)) rejectRow(collector, sheet, row, label, 'duplicateId');
      else if (!baseRow)
        rejectRow(
          collector,
          sheet,
          row,
          label,
          !now ? 'unknownId' : now.ownedByPartner ? 'notInBatch' : 'otherPartner',
        );
      else if (!now) rejectRow(collector, sheet, row, label, 'recordMissing');
      else if (!now.ownedByPartner) rejectRow(collector, sheet, row, label, 'otherPartner');
      else mergeExistingRow(collector, sheet, row, baseRow, now);
      seen.add(key);
    }
    for (const [key, baseRow] of baseRows[sheet.key])
      if (!seen.has(key)) missingRowLabels.push({ sheetName: sheet.name, label: baseRow.label });
  }
  const counts: Record<MergeOutcome, number> = {
    applied: 0,
    conflict: 0,
    proposed: 0,
    new: 0,
    rejected: 0,
    unchanged: 0,
  };
  for (const reviewItem of collector.items) counts[reviewItem.outcome] += 1;
  return {
    exportBatchId: base.batchId,
    partnerId: base.partnerId,
    partnerName: base.partnerName,
    items: collector.items,
    counts,
    missingRows: missingRowLabels.length,
    missingRowLabels,
  };
}
