import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

/** The fields a version adds to the rows of some tables, each with the value an older row gets. */
export type AddedFields = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * A row with every field of `fields` it lacks, set to its value (a copy, so no two rows share an
 * array). A field the row already has is kept as it is: an upgrade never overwrites data.
 */
export function withAddedFields(row: Row, fields: Readonly<Record<string, unknown>>): Row {
  const filled: Row = { ...row };
  for (const [field, value] of Object.entries(fields)) {
    if (!(field in filled)) filled[field] = structuredClone(value);
  }
  return filled;
}

/**
 * The upgrade that gives the rows of each listed table the fields a version added. A table the
 * database does not have (yet) is skipped.
 */
export function upgradeAddingFields(
  fieldsByTable: AddedFields,
): (transaction: Transaction) => Promise<void> {
  return async (transaction) => {
    const existing = new Set(transaction.db.tables.map((table) => table.name));
    for (const [tableName, fields] of Object.entries(fieldsByTable)) {
      if (Object.keys(fields).length === 0 || !existing.has(tableName)) continue;
      await transaction
        .table(tableName)
        .toCollection()
        .modify((row: Row) => {
          Object.assign(row, withAddedFields(row, fields));
        });
    }
  };
}
