import type { Action, Contact } from '../domain';
import { cellText, foldText, isEmptyCell } from './cellValues';
import { readFieldValue } from './fieldValues';
import type { BaseValue } from './partnerBase';
import { partnerFields, type FieldSpec } from './partnerFormat';
import type { ReturnedRow, ReturnedSheet } from './partnerReader';
import { item, type Collector } from './reviewItems';

const textOf = (row: ReturnedRow, key: string): string => {
  const cell = row.cells.get(key);
  return cell === undefined ? '' : cellText(cell).trim();
};

// A contact row equal to one the partner already has (a copy imported before): nothing new.
function existingContactId(
  proposal: Record<string, BaseValue>,
  contacts: readonly Contact[],
): string | null {
  const same = (first: BaseValue, second: string): boolean =>
    foldText(String(first ?? '')) === foldText(second);
  const found = contacts.find(
    (contact) =>
      same(proposal.lastName ?? null, contact.lastName) &&
      same(proposal.firstName ?? null, contact.firstName) &&
      same(proposal.email ?? null, contact.email),
  );
  return found?.id ?? null;
}

/** A row without ID on the Referenti sheet: a new contact the coordinator may accept. */
export function mergeNewContactRow(
  collector: Collector,
  sheet: ReturnedSheet,
  row: ReturnedRow,
  partnerContacts: readonly Contact[],
): void {
  const proposal: Record<string, BaseValue> = {};
  const label = `${textOf(row, 'firstName')} ${textOf(row, 'lastName')}`.trim();
  for (const field of partnerFields.contacts) {
    const cell = row.cells.get(field.key) ?? null;
    const read = readFieldValue(field, cell);
    if (!read.ok) {
      collector.items.push(
        item(sheet, row, label, 'rejected', {
          recordId: null,
          field: field.key,
          column: sheet.headers.get(field.key) ?? null,
          cellText: cellText(cell),
          reason: read.reason,
        }),
      );
      return;
    }
    proposal[field.key] = read.value;
  }
  const existing = existingContactId(proposal, partnerContacts);
  if (existing !== null) {
    collector.items.push(item(sheet, row, label, 'unchanged', { recordId: existing }));
    return;
  }
  collector.items.push(item(sheet, row, label, 'new', { recordId: null, proposal }));
}

function actionField(key: string): FieldSpec {
  const found = partnerFields.actions.find((field) => field.key === key);
  if (!found) throw new Error(`No action column ${key}`);
  return found;
}

// What a new action row leaves empty starts as a new action does in Regia.
const newActionDefaults: Record<string, BaseValue> = { status: 'daAvviare', progress: 0 };

/**
 * A row without ID on the Azioni sheet: a new action the partner proposes, owned by the partner.
 * It is never applied on its own: the coordinator accepts it one by one. A row whose title is
 * already one of the partner's actions (a copy imported before) proposes nothing.
 */
export function mergeNewActionRow(
  collector: Collector,
  sheet: ReturnedSheet,
  row: ReturnedRow,
  partnerActions: readonly Action[],
): void {
  const title = textOf(row, 'title');
  if (title === '') {
    collector.items.push(
      item(sheet, row, '', 'rejected', {
        recordId: null,
        field: 'title',
        column: sheet.headers.get('title') ?? null,
        cellText: '',
        reason: 'required',
      }),
    );
    return;
  }
  const proposal: Record<string, BaseValue> = { title, project: textOf(row, 'project') };
  for (const key of ['status', 'progress', 'proposedDueDate', 'note']) {
    const field = actionField(key);
    const cell = row.cells.get(key) ?? null;
    if (isEmptyCell(cell)) {
      proposal[key] = newActionDefaults[key] ?? null;
      continue;
    }
    const read = readFieldValue(field, cell);
    if (!read.ok) {
      collector.items.push(
        item(sheet, row, title, 'rejected', {
          recordId: null,
          field: key,
          column: sheet.headers.get(key) ?? null,
          cellText: cellText(cell),
          reason: read.reason,
        }),
      );
      return;
    }
    proposal[key] = read.value;
  }
  const existing = partnerActions.find(
    (action) => action.archivedAt === null && foldText(action.title) === foldText(title),
  );
  if (existing) {
    collector.items.push(item(sheet, row, title, 'unchanged', { recordId: existing.id }));
    return;
  }
  collector.items.push(item(sheet, row, title, 'proposed', { recordId: null, proposal }));
}
