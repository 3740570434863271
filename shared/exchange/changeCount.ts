import type { ExchangeBatch } from '../domain';
import { parseAppliedChanges } from './appliedChanges';
import type { ImportPlan } from './importPlan';

/**
 * How many changes an import plan makes: each field changed, each update note, each new record
 * (contact, action, expense), each contact retired.
 * The review's button, the toast after applying and the history all say this one number.
 */
export function planChangeCount(plan: ImportPlan): number {
  const fieldChanges =
    plan.actions.reduce((total, change) => total + change.changes.length, 0) +
    plan.contacts.reduce((total, change) => total + change.changes.length, 0) +
    plan.indicatorValues.reduce((total, change) => total + change.changes.length, 0) +
    plan.organizations.reduce((total, change) => total + change.changes.length, 0);
  const notes = plan.actions.filter((change) => change.note.trim() !== '').length;
  const created = plan.newContacts.length + plan.newActions.length + plan.newExpenses.length;
  return fieldChanges + notes + created + plan.retiredContacts.length;
}

/**
 * The change count an import recorded with its batch: partner, table and map imports all store
 * theirs. Batches written before counts were stored are counted from what they wrote.
 */
export function recordedChangeCount(batch: ExchangeBatch): number {
  const recorded: unknown = Object.hasOwn(batch.baseSnapshot, 'changeCount')
    ? batch.baseSnapshot.changeCount
    : undefined;
  if (typeof recorded === 'number' && Number.isInteger(recorded) && recorded >= 0) return recorded;
  return parseAppliedChanges(batch.applied).reduce((total, change) => {
    if (change.operation === 'update') return total + Object.keys(change.after).length;
    return change.table === 'memberships' ? total : total + 1;
  }, 0);
}

/** Which import a batch records: a partner's workbook, a table of organizations, or a map. */
export type ImportKind = 'partner' | 'table' | 'map';

/** The kind of import a batch records, from the kind its snapshot names (a partner's has none). */
export function importKindOf(batch: ExchangeBatch): ImportKind {
  const kind = batch.baseSnapshot.kind;
  return kind === 'table' || kind === 'map' ? kind : 'partner';
}

/** What a map import stores on its batch: its kind and how many records it created or changed. */
export function mapImportSnapshot(changeCount: number): Record<string, unknown> {
  return { kind: 'map', changeCount };
}
