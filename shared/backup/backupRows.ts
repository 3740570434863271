import { tableNames, tableSchemas, type TableName } from '../domain';
import { BackupInspector, type BackupFinding } from './backupReferences';
import { BackupReadError, invalidBackup, type BackupHeader } from './backupFormat';
import { readBackupRecords, type BackupReadLimits } from './backupReader';

/**
 * Brings a row written under an older schema up to the current one and recomputes what it
 * derives from its other fields; the database layer provides it (its migrations live there).
 */
export type RowPreparer = (table: TableName, row: unknown, fromSchemaVersion: number) => unknown;

/** How a backup is read into rows of the current schema. */
export type BackupRowOptions = {
  /** The newest schema this build can hold; a backup written under a later one is refused. */
  newestSchemaVersion: number;
  /** The upgrade and derivation applied to every row before it is validated. */
  prepareRow?: RowPreparer;
  limits?: BackupReadLimits;
};

/** One row of a known table, upgraded and validated against the current schema. */
export type BackupRow = { table: TableName; row: Record<string, unknown> };

/** What a read found besides the rows: the header, the count of every table, the findings. */
export type BackupReadReport = {
  header: BackupHeader;
  rowCounts: Record<TableName, number>;
  totalRows: number;
  networkNames: string[];
  findings: BackupFinding[];
};

const knownTables = new Set<string>(tableNames);
const isTableName = (name: string): name is TableName => knownTables.has(name);

/**
 * Reads a backup as validated rows of the current schema, one at a time; the report is filled
 * in as the rows go by and complete once the generator returns it. Throws BackupReadError.
 */
export function* readBackupRows(
  bytes: Uint8Array,
  options: BackupRowOptions,
): Generator<BackupRow, BackupReadReport> {
  const inspector = new BackupInspector();
  const rowCounts = Object.fromEntries(tableNames.map((name) => [name, 0])) as Record<
    TableName,
    number
  >;
  const networkNames: string[] = [];
  let header: BackupHeader | null = null;
  let totalRows = 0;
  for (const record of readBackupRecords(bytes, options.limits)) {
    if (record.kind === 'header') {
      header = record.header;
      if (header.schemaVersion > options.newestSchemaVersion) {
        throw new BackupReadError({ kind: 'newerSchema', schemaVersion: header.schemaVersion });
      }
      continue;
    }
    if (record.kind !== 'row' || !header) continue;
    // Tables this build does not know (and prototype keys) are skipped, never assigned.
    if (!isTableName(record.table)) continue;
    const table = record.table;
    const prepared = options.prepareRow
      ? options.prepareRow(table, record.row, header.schemaVersion)
      : record.row;
    const parsed = tableSchemas[table].safeParse(prepared);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue ? issue.path.join('.') : '';
      throw invalidBackup(
        `tabella ${table}, riga ${rowCounts[table] + 1}, campo ${field || '?'} non valido`,
      );
    }
    const row = parsed.data as Record<string, unknown>;
    inspector.see(table, row);
    rowCounts[table] += 1;
    totalRows += 1;
    if (table === 'networks' && typeof row.name === 'string') networkNames.push(row.name);
    yield { table, row };
  }
  if (!header) throw invalidBackup('mancano le informazioni del backup');
  if (totalRows === 0) throw invalidBackup('il backup non contiene dati');
  return { header, rowCounts, totalRows, networkNames, findings: inspector.findings() };
}

/** Reads a whole backup through, keeping none of its rows: what a restore would bring back. */
export function inspectBackup(bytes: Uint8Array, options: BackupRowOptions): BackupReadReport {
  const rows = readBackupRows(bytes, options);
  for (;;) {
    const next = rows.next();
    if (next.done) return next.value;
  }
}
