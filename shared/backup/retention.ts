import type { BackupReason } from '../contract';

/** How long each kind of automatic backup is kept. Manual backups are never removed. */
export type RetentionPolicy = {
  /** Daily copies younger than this many days are kept… */
  dailyDays: number;
  /** …and at least this many of the newest daily copies, however old (after a long absence). */
  dailyMinimum: number;
  /** The newest copies taken before an import. */
  beforeImport: number;
  /** The newest copies taken before a restore. */
  beforeRestore: number;
};

/** Two weeks of daily copies, the last ten before an import and before a restore. */
export const defaultRetention: RetentionPolicy = {
  dailyDays: 14,
  dailyMinimum: 3,
  beforeImport: 10,
  beforeRestore: 10,
};

/**
 * A kept backup as retention sees it: its kind, when it was written (not its name's date) and,
 * for an incremental copy, the full copy it builds on.
 */
export type RetainedBackup = {
  fileName: string;
  reason: BackupReason;
  writtenAt: number;
  baseFileName?: string | undefined;
};

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The backups to delete after one was written: each kind is judged on its own, newest first by
 * the time it was written, and the one just written is never among them. A full copy that a kept
 * incremental copy builds on is kept with it; an incremental copy whose base is gone goes.
 */
export function backupsToRemove(
  backups: RetainedBackup[],
  justWritten: string,
  now: Date,
  policy: RetentionPolicy = defaultRetention,
): string[] {
  const newestFirst = [...backups].sort(
    (left, right) =>
      right.writtenAt - left.writtenAt || right.fileName.localeCompare(left.fileName),
  );
  const removed: string[] = [];
  const ofKind = (reason: BackupReason): RetainedBackup[] =>
    newestFirst.filter((backup) => backup.reason === reason && backup.fileName !== justWritten);
  // The one just written counts towards its kind's number, so the kind keeps one fewer besides.
  const keptBesides = (reason: BackupReason, kept: number): number =>
    backups.some((backup) => backup.fileName === justWritten && backup.reason === reason)
      ? kept - 1
      : kept;

  for (const reason of ['beforeImport', 'beforeRestore'] as const) {
    const kept = Math.max(0, keptBesides(reason, policy[reason]));
    removed.push(
      ...ofKind(reason)
        .slice(kept)
        .map((backup) => backup.fileName),
    );
  }
  const daily = ofKind('daily');
  const dailyMinimum = Math.max(0, keptBesides('daily', policy.dailyMinimum));
  daily.forEach((backup, index) => {
    const tooOld = now.getTime() - backup.writtenAt > policy.dailyDays * dayMs;
    if (tooOld && index >= dailyMinimum) removed.push(backup.fileName);
  });
  return withBasesKept(backups, new Set(removed), justWritten);
}

function withBasesKept(
  backups: RetainedBackup[],
  removed: Set<string>,
  justWritten: string,
): string[] {
  const present = new Set(backups.map((backup) => backup.fileName));
  for (const backup of backups) {
    const orphan = backup.baseFileName !== undefined && !present.has(backup.baseFileName);
    if (orphan && backup.fileName !== justWritten) removed.add(backup.fileName);
  }
  for (const backup of backups) {
    if (backup.baseFileName !== undefined && !removed.has(backup.fileName)) {
      removed.delete(backup.baseFileName);
    }
  }
  return [...removed];
}
