import type { Transaction } from 'dexie';
import { upgradeAddingFields, withAddedFields, type AddedFields } from './addedFields';
import { version6DecisionFields, version6Fields } from './v6Fields';

type Row = Record<string, unknown>;

const fieldsByTable: AddedFields = version6Fields;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An agenda item's decision with the vote fields version 6 added; no decision stays none. */
function withDecisionFields(row: Row): Row {
  const decision: unknown = row.decision;
  if (!isRow(decision)) return row;
  return { ...row, decision: withAddedFields(decision, version6DecisionFields) };
}

/** The version 6 data change for one row: the fields of `v6Fields.ts` its table lacks. */
export function withVersion6Defaults(tableName: string, row: Row): Row {
  const filled = Object.hasOwn(fieldsByTable, tableName)
    ? withAddedFields(row, fieldsByTable[tableName])
    : row;
  return tableName === 'agendaItems' ? withDecisionFields(filled) : filled;
}

const addFields = upgradeAddingFields(fieldsByTable);

/** Upgrades a version 5 database to version 6: every table listed in `v6Fields.ts`, and decisions. */
export async function upgradeToV6(transaction: Transaction): Promise<void> {
  await addFields(transaction);
  await transaction
    .table('agendaItems')
    .toCollection()
    .modify((row: Row) => {
      Object.assign(row, withDecisionFields(row));
    });
}
