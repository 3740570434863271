import { tableNames, type RowOf, type TableName } from '../domain';
import { BackupReadError, type BackupMeta, type BackupProblem } from './backupFormat';
import type { BackupFinding } from './backupReferences';
import { readBackupRows, type BackupReadReport, type BackupRowOptions } from './backupRows';
import { BackupWriter, joinChunks } from './backupWriter';

/** The rows of every table. */
export type BackupTables = { [T in TableName]: RowOf<T>[] };

/** A decoded, validated backup held in memory whole: for small backups and tests. */
export type Backup = BackupMeta & { tables: BackupTables };

export type DecodeResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** Writes a backup held in memory into the streaming file format. */
export function encodeBackup(backup: Backup): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const rowCounts = Object.fromEntries(
    tableNames.map((name) => [name, backup.tables[name].length]),
  );
  const writer = new BackupWriter({ ...backupMeta(backup), rowCounts }, (chunk) =>
    chunks.push(chunk),
  );
  for (const name of tableNames) {
    writer.table(name, backup.tables[name].length);
    for (const row of backup.tables[name]) writer.row(row);
  }
  writer.finish();
  return joinChunks(chunks);
}

function backupMeta({ createdAt, appVersion, schemaVersion }: BackupMeta): BackupMeta {
  return { createdAt, appVersion, schemaVersion };
}

/** Runs a read, turning its BackupReadError into a problem to show; other errors go on. */
export function withBackupProblem<T>(
  read: () => T,
): { ok: true; value: T } | { ok: false; problem: BackupProblem } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof BackupReadError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/**
 * Reads and validates a whole backup into memory; never throws for a bad file, says in Italian
 * what is wrong. Restores of real databases stream instead (renderer/db/backup.ts).
 */
export function decodeBackup(
  bytes: Uint8Array,
  options: BackupRowOptions = { newestSchemaVersion: Number.MAX_SAFE_INTEGER },
): DecodeResult {
  const result = withBackupProblem(() => {
    const tables = Object.fromEntries(tableNames.map((name) => [name, [] as unknown[]]));
    const rows = readBackupRows(bytes, options);
    for (;;) {
      const next = rows.next();
      if (next.done) return { tables, report: next.value };
      tables[next.value.table]?.push(next.value.row);
    }
  });
  if (!result.ok) return result;
  const { tables, report } = result.value;
  return {
    ok: true,
    // Every table was filled above with rows its own schema validated.
    backup: { ...backupMeta(report.header), tables: tables as BackupTables },
  };
}

/** What a backup holds, for the confirmation before a restore. */
export type BackupSummary = BackupMeta & {
  rowCounts: Record<TableName, number>;
  totalRows: number;
  networkNames: string[];
  findings: BackupFinding[];
  /** For an incremental copy, when the full copy it builds on was taken. */
  baseCreatedAt?: string;
};

/** The summary of a backup read through by readBackupRows. */
export function summaryOfReport(report: BackupReadReport): BackupSummary {
  return {
    ...backupMeta(report.header),
    rowCounts: report.rowCounts,
    totalRows: report.totalRows,
    networkNames: report.networkNames,
    findings: report.findings,
    ...(report.baseCreatedAt ? { baseCreatedAt: report.baseCreatedAt } : {}),
  };
}

/** Counts the rows of a backup held in memory per table and lists its networks. */
export function summarizeBackup(backup: Backup): BackupSummary {
  const rowCounts = Object.fromEntries(
    tableNames.map((name) => [name, backup.tables[name].length]),
  ) as Record<TableName, number>;
  return {
    ...backupMeta(backup),
    rowCounts,
    totalRows: Object.values(rowCounts).reduce((sum, count) => sum + count, 0),
    networkNames: backup.tables.networks.map((network) => network.name),
    findings: [],
  };
}
