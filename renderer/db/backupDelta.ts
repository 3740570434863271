import {
  BackupWriter,
  deletedKeysTable,
  joinChunks,
  type BackupBase,
  type CompressorFactory,
} from '../../shared/backup';
import { entityTableNames, type AuditEntry, type EntityTableName } from '../../shared/domain';
import { fastestGzip } from './backupCompression';
import type { RegiaDatabase } from './database';
import { currentSchemaVersion } from './schema';

/** The full copy an incremental one is taken against, as the caller found it. */
export type IncrementalBase = Omit<BackupBase, 'since'> & {
  /** The rows the full copy holds: an incremental copy larger than a share of them is not worth it. */
  totalRows: number;
};

/** Why a full copy is due instead of an incremental one. */
export type FullCopyReason = 'restore' | 'erasure' | 'clock' | 'large';

/** An incremental copy's bytes, or why a full copy must be taken instead. */
export type IncrementalOutcome =
  | { kind: 'incremental'; bytes: Uint8Array<ArrayBuffer>; changedRows: number }
  | { kind: 'full'; why: FullCopyReason };

// A write's audit time is read inside its transaction, and a transaction opened before a backup's
// read transaction is ordered before it (IndexedDB orders overlapping transactions by creation,
// across connections), so any write stamped before the base's time is in the base. The overlap
// only absorbs clock granularity; a record taken twice is written whole twice, which is harmless.
const overlapMs = 2000;

/** Above this share of the base's rows, an incremental copy costs nearly a full one. */
export const maxIncrementalShare = 0.3;

/**
 * A change the audit trail records as one entry for many rows: a restore replaces everything, an
 * erasure rewrites every row naming the person (audit entries included). After either, only a
 * full copy is exact, and only a full copy stops carrying what the erasure removed.
 */
export function changesWholeDatabase(entry: AuditEntry): boolean {
  if (entry.table === '*') return true;
  const after: unknown = entry.after;
  return typeof after === 'object' && after !== null && Object.hasOwn(after, 'erasure');
}

/**
 * Writes what changed since a full copy, in one read transaction: every record the audit trail
 * says was written since then, whole (or its key, when it is gone), the audit entries themselves
 * and the settings (small, and written without audit). Every write of the app goes through the
 * audited repositories; the writes that are not (a restore, an erasure) make a full copy due.
 */
export async function writeIncrementalBackup(
  db: RegiaDatabase,
  base: IncrementalBase,
  appVersion: string,
  now: Date = new Date(),
  compress: CompressorFactory = fastestGzip(),
): Promise<IncrementalOutcome> {
  const baseTime = Date.parse(base.createdAt);
  if (now.getTime() < baseTime) return { kind: 'full', why: 'clock' };
  const since = new Date(baseTime - overlapMs).toISOString();
  if (!db.isOpen()) await db.open();
  const tables = [...entityTableNames.map((name) => db.table(name)), db.auditEntries, db.settings];
  const read = await db.transaction('r', tables, async () => {
    const entries = await db.auditEntries.where('at').above(since).toArray();
    if (entries.some(changesWholeDatabase)) return null;
    const keysByTable = new Map<EntityTableName, Set<string>>();
    const entityTables = new Set<string>(entityTableNames);
    for (const entry of entries) {
      if (!entityTables.has(entry.table)) continue;
      const table = entry.table as EntityTableName;
      let keys = keysByTable.get(table);
      if (!keys) keysByTable.set(table, (keys = new Set()));
      keys.add(entry.recordId);
    }
    const changed = await Promise.all(
      [...keysByTable].map(async ([table, keys]) => {
        const ids = [...keys];
        const rows = await db.table(table).bulkGet(ids);
        return {
          table,
          rows: rows.filter((row): row is object => row !== undefined),
          deleted: ids.filter((_, index) => rows[index] === undefined),
        };
      }),
    );
    return { entries, changed, settings: await db.settings.toArray() };
  });
  if (!read) {
    const entries = await db.auditEntries.where('at').above(since).toArray();
    return {
      kind: 'full',
      why: entries.some((entry) => entry.table === '*') ? 'restore' : 'erasure',
    };
  }
  const changedRows =
    read.entries.length + read.changed.reduce((sum, { rows }) => sum + rows.length, 0);
  if (changedRows > base.totalRows * maxIncrementalShare) return { kind: 'full', why: 'large' };

  const deleted = read.changed.flatMap(({ table, deleted: keys }) =>
    keys.map((key) => ({ table, key })),
  );
  const rowCounts: Record<string, number> = Object.fromEntries(
    read.changed.map(({ table, rows }) => [table, rows.length]),
  );
  rowCounts.auditEntries = read.entries.length;
  rowCounts.settings = read.settings.length;
  const chunks: Uint8Array[] = [];
  const writer = new BackupWriter(
    {
      createdAt: now.toISOString(),
      appVersion,
      schemaVersion: currentSchemaVersion,
      rowCounts,
      base: { fileName: base.fileName, createdAt: base.createdAt, checksum: base.checksum, since },
    },
    (chunk) => chunks.push(chunk),
    compress,
  );
  const section = async (name: string, rows: readonly unknown[]): Promise<void> => {
    writer.table(name, rows.length);
    for (const row of rows) {
      writer.row(row);
      if (writer.backlogged) await writer.drained();
    }
  };
  for (const { table, rows } of read.changed) await section(table, rows);
  await section('auditEntries', read.entries);
  await section('settings', read.settings);
  await section(deletedKeysTable, deleted);
  writer.finish();
  await writer.done();
  return { kind: 'incremental', bytes: joinChunks(chunks), changedRows };
}
