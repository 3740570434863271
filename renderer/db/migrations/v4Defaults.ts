import type { Transaction } from 'dexie';
import { tableSchemas } from '../../../shared/domain';

type Row = Record<string, unknown>;

/** Tables that gained fields in version 4. */
const tablesWithNewFields = ['networks', 'meetings', 'projects'] as const;

/**
 * The version 4 data change for one row: the fields it lacks, filled with their defaults. A row
 * the schema refuses is left as it was rather than lose it in an upgrade.
 */
export function withVersion4Defaults(
  tableName: (typeof tablesWithNewFields)[number],
  row: Row,
): Row {
  const parsed = tableSchemas[tableName].safeParse(row);
  if (!parsed.success) return row;
  const filled: Row = { ...row };
  for (const [key, value] of Object.entries(parsed.data)) {
    if (!(key in filled)) filled[key] = value;
  }
  return filled;
}

/** Upgrades a version 3 database to version 4. */
export async function upgradeToV4(transaction: Transaction): Promise<void> {
  for (const tableName of tablesWithNewFields) {
    await transaction
      .table(tableName)
      .toCollection()
      .modify((row: Row) => {
        Object.assign(row, withVersion4Defaults(tableName, row));
      });
  }
}
