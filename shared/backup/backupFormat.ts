import { z } from 'zod';

/**
 * The newest version of the backup file layout this build reads.
 * 1: one gzip-compressed JSON object of the whole database (still read).
 * 2: gzip-compressed lines of JSON: a header, then per table a line naming it followed by one
 *    line per row, then an end line with the number of rows, so that no step ever holds the
 *    whole database as one string. Full copies are written in this version.
 * 3: an incremental copy: the same lines, its header naming the full copy it builds on, its rows
 *    the records changed since that copy, whole, and a last table listing the deleted keys. A
 *    build that reads only version 2 refuses it rather than restoring the changes alone.
 */
export const backupFormatVersion = 3;

/** The version full copies are written in. */
export const fullBackupFormatVersion = 2;

/** The version incremental copies are written in. */
export const incrementalBackupFormatVersion = 3;

/** The pseudo-table of an incremental copy whose rows are the keys deleted since its base. */
export const deletedKeysTable = '$deleted';

/** The full copy an incremental copy builds on: its name, date and checksum, and since when. */
export const backupBaseSchema = z.strictObject({
  fileName: z.string().max(255),
  createdAt: z.iso.datetime(),
  checksum: z.string().regex(/^[0-9a-f]{16}$/),
  since: z.iso.datetime(),
});
export type BackupBase = z.infer<typeof backupBaseSchema>;

/** A row of the deleted keys' table: which record of which table is gone. */
export const deletedKeySchema = z.strictObject({ table: z.string(), key: z.string() });

/** Backups larger than this once decompressed are refused while they are being inflated. */
export const maxBackupUncompressedBytes = 2 * 1024 * 1024 * 1024 - 1;

/** The longest line of a backup: one row, an attachment of 20 MB in base64 included. */
export const maxBackupLineBytes = 64 * 1024 * 1024;

/** What a backup file says about itself. */
export type BackupMeta = { createdAt: string; appVersion: string; schemaVersion: number };

/** The first line of a backup: who wrote it, when, and how many rows each table holds. */
export const backupHeaderSchema = z.object({
  format: z.literal('regia-backup'),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  rowCounts: z.record(z.string(), z.number().int().min(0)).default({}),
  base: backupBaseSchema.optional(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** The line that starts a table's rows. */
export const tableLineSchema = z.strictObject({
  table: z.string(),
  count: z.number().int().min(0),
});

/** The last line: its presence proves the file is complete. */
export const endLineSchema = z.strictObject({
  end: z.literal(true),
  rows: z.number().int().min(0),
});

/** Why a file could not be read as a backup. */
export type BackupProblem =
  | { kind: 'invalid'; details: string }
  | { kind: 'newer'; formatVersion: number }
  | { kind: 'newerSchema'; schemaVersion: number };

/** Thrown while reading a backup; carries the problem to show. */
export class BackupReadError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.kind === 'invalid' ? problem.details : problem.kind);
    this.name = 'BackupReadError';
  }
}

/** Shorthand for an invalid-file problem. */
export function invalidBackup(details: string): BackupReadError {
  return new BackupReadError({ kind: 'invalid', details });
}
