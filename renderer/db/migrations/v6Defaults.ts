import { upgradeAddingFields, withAddedFields, type AddedFields } from './addedFields';
import { version6Fields } from './v6Fields';

type Row = Record<string, unknown>;

const fieldsByTable: AddedFields = version6Fields;

/** The version 6 data change for one row: the fields of `v6Fields.ts` its table lacks. */
export function withVersion6Defaults(tableName: string, row: Row): Row {
  return Object.hasOwn(fieldsByTable, tableName)
    ? withAddedFields(row, fieldsByTable[tableName])
    : row;
}

/** Upgrades a version 5 database to version 6: every table listed in `v6Fields.ts`. */
export const upgradeToV6 = upgradeAddingFields(fieldsByTable);
