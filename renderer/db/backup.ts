import { tableNames, type AuditEntry } from '../../shared/domain';
import type { Backup, BackupTables } from '../../shared/backup';
import type { RegiaDatabase } from './database';
import type { AuditIdentity } from './repository';
import { currentSchemaVersion } from './schema';

const allTables = (db: RegiaDatabase) => tableNames.map((name) => db.table(name));

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

/**
 * Replaces the whole database with a backup in one transaction: if anything fails, nothing
 * changes. The restore itself is recorded in the audit log.
 */
export async function restoreDatabase(
  db: RegiaDatabase,
  backup: Backup,
  identity: AuditIdentity,
  now: Date = new Date(),
): Promise<number> {
  const restoreEntry: AuditEntry = {
    id: crypto.randomUUID(),
    at: now.toISOString(),
    ...identity,
    source: 'restore',
    table: '*',
    recordId: backup.createdAt,
    operation: 'create',
    before: null,
    after: { createdAt: backup.createdAt, appVersion: backup.appVersion },
    batchId: null,
  };
  let restoredRows = 0;
  await db.transaction('rw', allTables(db), async () => {
    for (const name of tableNames) {
      const table = db.table(name);
      await table.clear();
      const rows: unknown[] = backup.tables[name];
      if (rows.length > 0) await table.bulkAdd(rows);
      restoredRows += rows.length;
    }
    await db.auditEntries.add(restoreEntry);
  });
  return restoredRows;
}
