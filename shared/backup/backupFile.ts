import { gunzipSync, gzipSync } from 'fflate';
import { z } from 'zod';
import { tableNames, tableSchemas, type RowOf, type TableName } from '../domain';

/** The version of the backup file layout this build writes and the newest it reads. */
export const backupFormatVersion = 1;

/** Backups larger than this once decompressed are refused before decompression. */
export const maxBackupUncompressedBytes = 2 * 1024 * 1024 * 1024 - 1;

/** The rows of every table. */
export type BackupTables = { [T in TableName]: RowOf<T>[] };

/** What a backup file says about itself. */
export type BackupMeta = { createdAt: string; appVersion: string; schemaVersion: number };

/** A decoded, validated backup. */
export type Backup = BackupMeta & { tables: BackupTables };

/** Why a file could not be read as a backup. */
export type BackupProblem =
  { kind: 'invalid'; details: string } | { kind: 'newer'; formatVersion: number };

export type DecodeResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

const envelopeSchema = z.object({
  format: z.literal('regia-backup'),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

const bytesTag = '$regiaBytes';

// Binary values (attachments) travel inside the JSON as tagged base64 strings.
function encodeBinary(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let index = 0; index < value.length; index += 0x8000) {
      binary += String.fromCharCode(...value.subarray(index, index + 0x8000));
    }
    return { [bytesTag]: btoa(binary) };
  }
  return value;
}

function decodeBinary(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 1) {
    const encoded: unknown = (value as Record<string, unknown>)[bytesTag];
    if (typeof encoded === 'string')
      return Uint8Array.from(atob(encoded), (char: string) => char.charCodeAt(0));
  }
  return value;
}

/** Writes a whole database into one compressed backup file. */
export function encodeBackup(backup: Backup): Uint8Array {
  const envelope = { format: 'regia-backup', formatVersion: backupFormatVersion, ...backup };
  const json = JSON.stringify(envelope, encodeBinary);
  return gzipSync(new TextEncoder().encode(json), { level: 4 });
}

/** The uncompressed size a gzip file declares in its last four bytes. */
function declaredGzipSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(bytes.byteLength - 4, true);
}

const invalid = (details: string): DecodeResult => ({
  ok: false,
  problem: { kind: 'invalid', details },
});

/** Reads and validates a backup file; never throws, says in Italian what is wrong. */
export function decodeBackup(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength < 20 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    return invalid('il file non è un backup compresso di Regia');
  }
  if (declaredGzipSize(bytes) > maxBackupUncompressedBytes)
    return invalid('il file è troppo grande');
  let parsedJson: unknown;
  try {
    parsedJson = JSON.parse(new TextDecoder().decode(gunzipSync(bytes)), decodeBinary);
  } catch {
    return invalid('il file è danneggiato o incompleto');
  }
  const envelope = envelopeSchema.safeParse(parsedJson);
  if (!envelope.success) return invalid('mancano le informazioni del backup');
  const { formatVersion, createdAt, appVersion, schemaVersion } = envelope.data;
  if (formatVersion > backupFormatVersion)
    return { ok: false, problem: { kind: 'newer', formatVersion } };

  const tables: Partial<Record<TableName, unknown[]>> = {};
  let rowCount = 0;
  for (const tableName of tableNames) {
    const rows = Object.hasOwn(envelope.data.tables, tableName)
      ? envelope.data.tables[tableName]
      : [];
    const schema = tableSchemas[tableName];
    const parsedRows: unknown[] = [];
    for (const [index, row] of (rows ?? []).entries()) {
      const parsedRow = schema.safeParse(row);
      if (!parsedRow.success) {
        const issue = parsedRow.error.issues[0];
        const field = issue ? issue.path.join('.') : '';
        return invalid(`tabella ${tableName}, riga ${index + 1}, campo ${field || '?'} non valido`);
      }
      parsedRows.push(parsedRow.data);
    }
    tables[tableName] = parsedRows;
    rowCount += parsedRows.length;
  }
  if (rowCount === 0) return invalid('il backup non contiene dati');
  return {
    ok: true,
    // Every table was filled above from its own schema.
    backup: { createdAt, appVersion, schemaVersion, tables: tables as BackupTables },
  };
}

/** What a backup holds, for the confirmation before a restore. */
export type BackupSummary = BackupMeta & {
  rowCounts: Record<TableName, number>;
  totalRows: number;
  networkNames: string[];
};

/** Counts the rows of a backup per table and lists its networks. */
export function summarizeBackup(backup: Backup): BackupSummary {
  const rowCounts = Object.fromEntries(
    tableNames.map((name) => [name, backup.tables[name].length]),
  ) as Record<TableName, number>;
  return {
    createdAt: backup.createdAt,
    appVersion: backup.appVersion,
    schemaVersion: backup.schemaVersion,
    rowCounts,
    totalRows: Object.values(rowCounts).reduce((sum, count) => sum + count, 0),
    networkNames: backup.tables.networks.map((network) => network.name),
  };
}
