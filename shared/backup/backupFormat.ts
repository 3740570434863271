import { z } from 'zod';

/**
 * The version of the backup file layout this build writes and the newest it reads.
 * 1: one gzip-compressed JSON object of the whole database (still read).
 * 2: gzip-compressed lines of JSON: a header, then per table a line naming it followed by one
 *    line per row, then an end line with the number of rows, so that no step ever holds the
 *    whole database as one string.
 */
export const backupFormatVersion = 2;

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
