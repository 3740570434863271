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
  readBackupRows,
  type Backup,
  type BackupReadReport,
  type BackupRowOptions,
  type BackupTables,
} from '../../shared/backup';
import type { RegiaDatabase } from './database';
import { deriveFields } from './derivedFields';
import { version4Fields, withVersion4Defaults } from './migrations/v4Defaults';
import { withVersion6Defaults } from './migrations/v6Defaults';
import type { AuditIdentity } from './repository';
import { currentSchemaVersion } from './schema';

const allTables = (db: RegiaDatabase) => tableNames.map((name) => db.table(name));

/** Rows read from the database per step of a backup: bounds what the page holds at once. */
const backupPageRows = 2000;
/** Rows written per step of a restore. */
const restoreBatchRows = 1000;

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
 * snapshot), a page of rows at a time: the database never becomes one string or one array.
 */
export async function writeDatabaseBackup(
  db: RegiaDatabase,
  appVersion: string,
  now: Date = new Date(),
  pageRows: number = backupPageRows,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  await db.transaction('r', allTables(db), async () => {
    const counts = await Promise.all(tableNames.map((name) => db.table(name).count()));
    const rowCounts = Object.fromEntries(tableNames.map((name, index) => [name, counts[index]]));
    const writer = new BackupWriter(
      { createdAt: now.toISOString(), appVersion, schemaVersion: currentSchemaVersion, rowCounts },
      (chunk) => chunks.push(chunk),
    );
    for (const [index, name] of tableNames.entries()) {
      writer.table(name, counts[index] ?? 0);
      const table = db.table(name);
      const keyPath = table.schema.primKey.keyPath;
      let lastKey: unknown = undefined;
      for (;;) {
        const page: unknown[] =
          lastKey === undefined
            ? await table.orderBy(':id').limit(pageRows).toArray()
            : await table.where(':id').above(lastKey).limit(pageRows).toArray();
        for (const row of page) writer.row(row);
        if (page.length < pageRows) break;
        const lastRow = page[page.length - 1];
        lastKey = typeof keyPath === 'string' ? Reflect.get(Object(lastRow), keyPath) : undefined;
        if (lastKey === undefined) break;
      }
    }
    writer.finish();
  });
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
 * in one transaction: a bad row anywhere, or a newer schema, leaves the database as it was.
 */
export async function restoreBackupFile(
  db: RegiaDatabase,
  bytes: Uint8Array,
  identity: AuditIdentity,
  now: Date = new Date(),
): Promise<BackupReadReport> {
  return db.transaction('rw', allTables(db), async () => {
    for (const name of tableNames) await db.table(name).clear();
    const rows = readBackupRows(bytes, backupRowOptions);
    let batch: unknown[] = [];
    let batchTable: TableName | null = null;
    for (;;) {
      const next = rows.next();
      if (next.done) {
        if (batchTable && batch.length > 0) await db.table(batchTable).bulkAdd(batch);
        const report = next.value;
        await db.auditEntries.add(
          restoreAuditEntry(report.header.createdAt, report.header.appVersion, identity, now),
        );
        return report;
      }
      if (next.value.table !== batchTable || batch.length >= restoreBatchRows) {
        if (batchTable && batch.length > 0) await db.table(batchTable).bulkAdd(batch);
        batch = [];
        batchTable = next.value.table;
      }
      batch.push(next.value.row);
    }
  });
}
