import {
  entityTableNames,
  tableNames,
  type AuditEntry,
  type EntityTableName,
  type TableName,
} from '../../shared/domain';
import {
  BackupWriter,
  joinChunks,
  type CompressorFactory,
  readBackupChainRows,
  type Backup,
  type BackupReadReport,
  type BackupRowOptions,
  type BackupTables,
} from '../../shared/backup';
import { fastestGzip } from './backupCompression';
import { readStoresInPages } from './backupPages';
import type { RegiaDatabase } from './database';
import { deriveFields } from './derivedFields';
import { version4Fields, withVersion4Defaults } from './migrations/v4Defaults';
import { withVersion6Defaults } from './migrations/v6Defaults';
import type { AuditIdentity } from './repository';
import { currentSchemaVersion } from './schema';

const allTables = (db: RegiaDatabase) => tableNames.map((name) => db.table(name));

/** Rows read from the database per step of a backup: bounds what the page holds at once. */
const backupPageRows = 5000;
/** Rows written per step of a restore. */
const restoreBatchRows = 2000;

const entityTables = new Set<string>(entityTableNames);
const hasVersion4Fields = (table: string): table is keyof typeof version4Fields =>
  Object.hasOwn(version4Fields, table);

/**
 * The upgrade of a backup's row to the current schema: the data changes of the database's own
 * migrations (the fields versions 4 and 6 added; version 2's search words are derived below), and
 * the derived fields (search words) recomputed rather than trusted from the file.
 */
export function prepareBackupRow(
  table: TableName,
  row: unknown,
  fromSchemaVersion: number,
): unknown {
  if (typeof row !== 'object' || row === null) return row;
  let upgraded = row as Record<string, unknown>;
  if (fromSchemaVersion < 4 && hasVersion4Fields(table)) {
    upgraded = withVersion4Defaults(table, upgraded);
  }
  if (fromSchemaVersion < 6) upgraded = withVersion6Defaults(table, upgraded);
  return entityTables.has(table) ? deriveFields(table as EntityTableName, upgraded) : upgraded;
}

/** How this build reads backups: up to its own schema, through its own migrations. */
export const backupRowOptions: BackupRowOptions = {
  newestSchemaVersion: currentSchemaVersion,
  prepareRow: prepareBackupRow,
};

/**
 * Writes every table into the streaming backup format in one read transaction (a consistent
 * snapshot), a page of rows at a time, each page read by primary key with one `getAll` while the
 * one before is serialised and compressed: the database never becomes one string or one array.
 * Compression is the engine's own where the host has it.
 */
export async function writeDatabaseBackup(
  db: RegiaDatabase,
  appVersion: string,
  now: Date = new Date(),
  pageRows: number = backupPageRows,
  compress: CompressorFactory = fastestGzip(),
): Promise<Uint8Array<ArrayBuffer>> {
  if (!db.isOpen()) await db.open();
  const chunks: Uint8Array[] = [];
  let writer: BackupWriter | null = null;
  const writing = (): BackupWriter => {
    if (!writer) throw new Error('The backup has not begun.');
    return writer;
  };
  await readStoresInPages(db.backendDB(), tableNames, pageRows, {
    begin: (counts) => {
      const rowCounts = Object.fromEntries(tableNames.map((name, index) => [name, counts[index]]));
      const meta = {
        createdAt: now.toISOString(),
        appVersion,
        schemaVersion: currentSchemaVersion,
      };
      writer = new BackupWriter({ ...meta, rowCounts }, (chunk) => chunks.push(chunk), compress);
    },
    store: (name, count) => writing().table(name, count),
    page: (rows) => {
      const tableWriter = writing();
      for (const row of rows) tableWriter.row(row);
      return tableWriter.backlogged ? tableWriter.drained() : null;
    },
  });
  const tableWriter = writing();
  tableWriter.finish();
  await tableWriter.done();
  return joinChunks(chunks);
}

/** Reads every table in one read transaction, so the backup is a consistent snapshot. */
export async function snapshotDatabase(
  db: RegiaDatabase,
  appVersion: string,
  now: Date = new Date(),
): Promise<Backup> {
  const tables = await db.transaction('r', allTables(db), async () => {
    const entries = await Promise.all(
      tableNames.map(async (name) => [name, await db.table(name).toArray()] as const),
    );
    return Object.fromEntries(entries);
  });
  return {
    createdAt: now.toISOString(),
    appVersion,
    schemaVersion: currentSchemaVersion,
    // Built above from every table name, each with that table's rows.
    tables: tables as BackupTables,
  };
}

function restoreAuditEntry(
  createdAt: string,
  appVersion: string,
  identity: AuditIdentity,
  now: Date,
): AuditEntry {
  return {
    id: crypto.randomUUID(),
    at: now.toISOString(),
    ...identity,
    source: 'restore',
    table: '*',
    recordId: createdAt,
    operation: 'create',
    before: null,
    after: { createdAt, appVersion },
    batchId: null,
  };
}

/**
 * Replaces the whole database with a backup held in memory, in one transaction: if anything
 * fails, nothing changes. The restore itself is recorded in the audit log.
 */
export async function restoreDatabase(
  db: RegiaDatabase,
  backup: Backup,
  identity: AuditIdentity,
  now: Date = new Date(),
): Promise<number> {
  let restoredRows = 0;
  await db.transaction('rw', allTables(db), async () => {
    for (const name of tableNames) {
      const table = db.table(name);
      await table.clear();
      const rows: unknown[] = backup.tables[name];
      if (rows.length > 0) await table.bulkAdd(rows);
      restoredRows += rows.length;
    }
    await db.auditEntries.add(
      restoreAuditEntry(backup.createdAt, backup.appVersion, identity, now),
    );
  });
  return restoredRows;
}

/**
 * Replaces the whole database with a backup file, reading it a row at a time (upgraded to the
 * current schema, derived fields recomputed, every row validated) and writing it in batches, all
 * in one transaction: a bad row anywhere, or a newer schema, leaves the database as it was. Each
 * batch is written while the next one is read and validated.
 */
export function restoreBackupFile(
  db: RegiaDatabase,
  bytes: Uint8Array,
  identity: AuditIdentity,
  now: Date = new Date(),
  batchRows: number = restoreBatchRows,
): Promise<BackupReadReport> {
  return restoreBackupFiles(db, [bytes], identity, now, batchRows);
}

/**
 * Replaces the whole database with a copy: a full backup file, or a full one followed by the
 * incremental copies built on it, merged row by row as they are read, with every check of a full
 * restore (schema, upgrades, derived fields, references, sizes), all in one transaction.
 */
export async function restoreBackupFiles(
  db: RegiaDatabase,
  files: readonly Uint8Array[],
  identity: AuditIdentity,
  now: Date = new Date(),
  batchRows: number = restoreBatchRows,
): Promise<BackupReadReport> {
  return db.transaction('rw', allTables(db), async () => {
    await Promise.all(tableNames.map((name) => db.table(name).clear()));
    const rows = readBackupChainRows(files, backupRowOptions);
    let writing: Promise<unknown> = Promise.resolve();
    const write = async (table: TableName, batch: unknown[]): Promise<void> => {
      if (batch.length === 0) return;
      const written = db.table(table).bulkAdd(batch);
      // Its failure is awaited below; until then it must not count as unhandled.
      written.catch(() => undefined);
      await writing;
      writing = written;
    };
    let batch: unknown[] = [];
    let batchTable: TableName | null = null;
    for (;;) {
      const next = rows.next();
      if (next.done) {
        if (batchTable) await write(batchTable, batch);
        await writing;
        const report = next.value;
        await db.auditEntries.add(
          restoreAuditEntry(report.header.createdAt, report.header.appVersion, identity, now),
        );
        return report;
      }
      if (next.value.table !== batchTable || batch.length >= batchRows) {
        if (batchTable) await write(batchTable, batch);
        batch = [];
        batchTable = next.value.table;
      }
      batch.push(next.value.row);
    }
  });
}
