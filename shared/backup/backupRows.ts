import { tableNames, tableSchemas, type TableName } from '../domain';
import { BackupInspector, type BackupFinding } from './backupReferences';
import { BackupReadError, invalidBackup, type BackupHeader } from './backupFormat';
import { readBackupRecords, type BackupReadLimits, type BackupRecord } from './backupReader';

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
  /** For an incremental copy, when the full copy it was restored on top of was taken. */
  baseCreatedAt?: string;
};

/** A row as a file holds it, with the schema version of the file it comes from. */
export type SourceRow = { table: string; row: unknown; fromSchemaVersion: number };

const knownTables = new Set<string>(tableNames);
const isTableName = (name: string): name is TableName => knownTables.has(name);

/** The header of a backup being read, refused when its schema is newer than this build's. */
export function takeHeader(
  records: Iterator<BackupRecord>,
  options: BackupRowOptions,
): BackupHeader {
  const first = records.next();
  if (first.done || first.value.kind !== 'header') {
    throw invalidBackup('mancano le informazioni del backup');
  }
  const header = first.value.header;
  if (header.schemaVersion > options.newestSchemaVersion) {
    throw new BackupReadError({ kind: 'newerSchema', schemaVersion: header.schemaVersion });
  }
  return header;
}

/** The Italian refusal of an incremental copy read without the full copy it builds on. */
export function missingBaseError(header: BackupHeader): BackupReadError {
  const baseDate = header.base?.createdAt.slice(0, 16).replace('T', ' ') ?? '?';
  return invalidBackup(
    `è una copia incrementale: per ripristinarla serve la copia completa del ${baseDate} UTC su cui si basa`,
  );
}

/** The rows that follow a header, each tagged with the file's schema version. */
export function* sourceRows(
  records: Iterator<BackupRecord>,
  fromSchemaVersion: number,
): Generator<SourceRow> {
  for (;;) {
    const next = records.next();
    if (next.done) return;
    if (next.value.kind === 'row') {
      yield { table: next.value.table, row: next.value.row, fromSchemaVersion };
    }
  }
}

/**
 * Upgrades, validates and inspects rows as they go by, yielding those of known tables; the report
 * is complete once the generator returns it. Throws BackupReadError.
 */
export function* validatedRows(
  header: BackupHeader,
  rows: Iterable<SourceRow>,
  options: BackupRowOptions,
): Generator<BackupRow, BackupReadReport> {
  const inspector = new BackupInspector();
  const rowCounts = Object.fromEntries(tableNames.map((name) => [name, 0])) as Record<
    TableName,
    number
  >;
  const networkNames: string[] = [];
  let totalRows = 0;
  for (const source of rows) {
    // Tables this build does not know (and prototype keys) are skipped, never assigned.
    if (!isTableName(source.table)) continue;
    const table = source.table;
    const prepared = options.prepareRow
      ? options.prepareRow(table, source.row, source.fromSchemaVersion)
      : source.row;
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
  if (totalRows === 0) throw invalidBackup('il backup non contiene dati');
  return { header, rowCounts, totalRows, networkNames, findings: inspector.findings() };
}

/**
 * Reads a full backup as validated rows of the current schema, one at a time; the report is
 * filled in as the rows go by and complete once the generator returns it. An incremental copy
 * read alone is refused. Throws BackupReadError.
 */
export function* readBackupRows(
  bytes: Uint8Array,
  options: BackupRowOptions,
): Generator<BackupRow, BackupReadReport> {
  const records = readBackupRecords(bytes, options.limits);
  const header = takeHeader(records, options);
  if (header.base) throw missingBaseError(header);
  return yield* validatedRows(header, sourceRows(records, header.schemaVersion), options);
}

/** Reads a whole backup through, keeping none of its rows: what a restore would bring back. */
export function inspectBackup(bytes: Uint8Array, options: BackupRowOptions): BackupReadReport {
  return drain(readBackupRows(bytes, options));
}

/** Runs a row reader to its end, returning its report. */
export function drain(rows: Generator<BackupRow, BackupReadReport>): BackupReadReport {
  for (;;) {
    const next = rows.next();
    if (next.done) return next.value;
  }
}
