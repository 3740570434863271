import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import {
  backupReasons,
  type AutomaticBackup,
  type AutomaticBackupRequest,
  type BackupReason,
} from '../../shared/contract';
import {
  backupsToRemove,
  defaultRetention,
  incrementalBaseOf,
  type RetentionPolicy,
} from '../../shared/backup';
import { translate } from '../../shared/i18n';
import { readFileBytes, writeFileAtomically } from '../files';

// The time in the name is UTC, so names sort by age and parse the same in every time zone.
const stampAndReason = `(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(\\d{3})-(${backupReasons.join('|')})`;
// An incremental copy names its base after `-on-`: `regia-<its stamp>-<reason>-on-<base's>.regia`.
const backupNamePattern = new RegExp(
  `^regia-${stampAndReason}(?:-on-(${stampAndReason}))?\\.regia$`,
);

/**
 * The file name of an automatic backup: `regia-<yyyyMMdd-HHmmss-SSS>-<reason>.regia`, in UTC; an
 * incremental copy adds `-on-` and the stamp and reason of the full copy it builds on.
 */
export function automaticBackupName(
  reason: BackupReason,
  createdAt: Date,
  baseFileName?: string,
): string {
  const digits = (value: number, width: number): string => String(value).padStart(width, '0');
  const date = `${digits(createdAt.getUTCFullYear(), 4)}${digits(createdAt.getUTCMonth() + 1, 2)}${digits(createdAt.getUTCDate(), 2)}`;
  const time = `${digits(createdAt.getUTCHours(), 2)}${digits(createdAt.getUTCMinutes(), 2)}${digits(createdAt.getUTCSeconds(), 2)}`;
  const base = baseFileName ? `-on-${baseFileName.slice('regia-'.length, -'.regia'.length)}` : '';
  return `regia-${date}-${time}-${digits(createdAt.getUTCMilliseconds(), 3)}-${reason}${base}.regia`;
}

/**
 * The reason and creation time written in an automatic backup's name (and, for an incremental
 * copy, the name of its base), or null for any other name.
 */
export function parseAutomaticBackupName(
  fileName: string,
): { reason: BackupReason; createdAt: string; baseFileName?: string } | null {
  const match = backupNamePattern.exec(fileName);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, milliseconds, reason, baseName] = match;
  const createdAt = new Date(
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hours),
      Number(minutes),
      Number(seconds),
      Number(milliseconds),
    ),
  );
  const parsedReason = backupReasons.find((candidate) => candidate === reason);
  // Date.UTC rolls 2024-02-31 over to March; such a name was not written by Regia.
  if (!parsedReason || Number.isNaN(createdAt.getTime())) return null;
  const baseFileName = baseName ? `regia-${baseName}.regia` : undefined;
  if (baseFileName && !parseAutomaticBackupName(baseFileName)) return null;
  if (automaticBackupName(parsedReason, createdAt, baseFileName) !== fileName) return null;
  return {
    reason: parsedReason,
    createdAt: createdAt.toISOString(),
    ...(baseFileName ? { baseFileName } : {}),
  };
}

/** The full copy an incremental copy's bytes name, when it is one of this folder's full copies. */
function baseNamed(bytes: Uint8Array): string | undefined {
  const base = incrementalBaseOf(bytes);
  const parsed = base ? parseAutomaticBackupName(base) : null;
  return parsed && !parsed.baseFileName ? base : undefined;
}

/**
 * Writes a new automatic backup atomically into the folder, then deletes the ones its kind no
 * longer keeps (see shared/backup/retention.ts), never the one just written.
 */
export async function writeAutomaticBackup(
  folder: string,
  request: AutomaticBackupRequest,
  now: Date = new Date(),
  policy: RetentionPolicy = defaultRetention,
): Promise<AutomaticBackup> {
  await mkdir(folder, { recursive: true });
  let createdAt = now;
  const baseFileName = baseNamed(request.bytes);
  const nameAt = (at: Date): string => automaticBackupName(request.reason, at, baseFileName);
  // Two backups in the same millisecond must not overwrite each other.
  while (await exists(path.join(folder, nameAt(createdAt)))) {
    createdAt = new Date(createdAt.getTime() + 1);
  }
  const fileName = nameAt(createdAt);
  await writeFileAtomically(path.join(folder, fileName), request.bytes);
  // The file's time is when it was written, by the same clock that judges its age.
  await utimes(path.join(folder, fileName), now, now);
  await deleteExpiredBackups(folder, fileName, now, policy);
  return {
    fileName,
    reason: request.reason,
    createdAt: createdAt.toISOString(),
    sizeBytes: request.bytes.byteLength,
    ...(baseFileName ? { baseFileName } : {}),
  };
}

/** The automatic backups in the folder, newest first; files with other names are ignored. */
export async function listAutomaticBackups(folder: string): Promise<AutomaticBackup[]> {
  const backups = await listWithWriteTimes(folder);
  return backups.map(({ writtenAt: _writtenAt, ...backup }) => backup);
}

/**
 * The automatic backups with the time each file was last written, newest written first: a name's
 * date says what the clock read then, and a clock set wrong once must not decide what is kept.
 */
async function listWithWriteTimes(
  folder: string,
): Promise<(AutomaticBackup & { writtenAt: number })[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
  const backups: (AutomaticBackup & { writtenAt: number })[] = [];
  for (const entry of entries) {
    const parsed = entry.isFile() ? parseAutomaticBackupName(entry.name) : null;
    if (!parsed) continue;
    const { size, mtimeMs } = await stat(path.join(folder, entry.name));
    backups.push({ fileName: entry.name, ...parsed, sizeBytes: size, writtenAt: mtimeMs });
  }
  return backups.sort(
    (left, right) =>
      right.writtenAt - left.writtenAt || right.fileName.localeCompare(left.fileName),
  );
}

/** The bytes of one automatic backup; refuses any name that is not an automatic backup's. */
export async function readAutomaticBackup(
  folder: string,
  fileName: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!parseAutomaticBackupName(fileName)) {
    throw new Error(translate('it', 'error.backupName', { name: fileName }));
  }
  return readFileBytes(path.join(folder, fileName));
}

async function deleteExpiredBackups(
  folder: string,
  justWritten: string,
  now: Date,
  policy: RetentionPolicy,
): Promise<void> {
  const backups = await listWithWriteTimes(folder);
  for (const fileName of backupsToRemove(backups, justWritten, now, policy)) {
    await rm(path.join(folder, fileName), { force: true });
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch (error) {
    if (isMissingFile(error)) return false;
    throw error;
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
