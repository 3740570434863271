import { backupChecksum, readBackupHeader } from '../../../shared/backup';
import type { AutomaticBackup } from '../../../shared/contract';
import type { IncrementalBase, IncrementalOutcome } from '../../db/backupDelta';
import { currentSchemaVersion } from '../../db/schema';

/** A full copy is taken again once the newest is this old: a restore then reads two files. */
export const fullCopyEveryDays = 7;

const dayMs = 24 * 60 * 60 * 1000;

/** What choosing the next copy needs of its host. */
export type CopyHost = {
  listBackups(): Promise<AutomaticBackup[]>;
  readBackup(fileName: string): Promise<Uint8Array>;
  writeIncremental(base: IncrementalBase): Promise<IncrementalOutcome>;
  writeFull(): Promise<Uint8Array>;
};

/** The next copy's bytes and what it is. */
export type NextCopy = { kind: 'full' | 'incremental'; bytes: Uint8Array };

/** The newest full copy young enough to build on, or null. */
export function recentFullCopy(backups: AutomaticBackup[], now: Date): AutomaticBackup | null {
  const fulls = backups
    .filter((backup) => backup.baseFileName === undefined)
    .filter((backup) => {
      const age = now.getTime() - Date.parse(backup.createdAt);
      return age >= 0 && age < fullCopyEveryDays * dayMs;
    })
    .sort((left, right) => right.createdAt.localeCompare(left.createdAt));
  return fulls[0] ?? null;
}

/** The base an incremental copy names, read from the full copy itself; null if it cannot serve. */
async function baseOf(host: CopyHost, full: AutomaticBackup): Promise<IncrementalBase | null> {
  try {
    const bytes = await host.readBackup(full.fileName);
    const header = readBackupHeader(bytes);
    // A copy of an older schema was upgraded since: only a full copy is exact.
    if (header.schemaVersion !== currentSchemaVersion || header.base) return null;
    return {
      fileName: full.fileName,
      createdAt: header.createdAt,
      checksum: backupChecksum(bytes),
      totalRows: Object.values(header.rowCounts).reduce((sum, count) => sum + count, 0),
    };
  } catch {
    return null;
  }
}

/**
 * The next automatic copy: what changed since the newest full copy of the last week, or a full
 * copy when there is none, it cannot be read, the incremental copy fails, or the database changed
 * in a way only a full copy holds exactly (see writeIncrementalBackup).
 */
export async function nextCopy(host: CopyHost, now: Date = new Date()): Promise<NextCopy> {
  const full = recentFullCopy(await host.listBackups(), now);
  const base = full ? await baseOf(host, full) : null;
  if (base) {
    // An incremental copy that fails for any reason gives way to a full one: never no copy.
    const outcome = await host.writeIncremental(base).catch(() => null);
    if (outcome?.kind === 'incremental') return { kind: 'incremental', bytes: outcome.bytes };
  }
  return { kind: 'full', bytes: await host.writeFull() };
}
