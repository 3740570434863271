import {
  deletedKeySchema,
  deletedKeysTable,
  invalidBackup,
  type BackupBase,
  type BackupHeader,
} from './backupFormat';
import { readBackupHeader, readBackupRecords, type BackupRecord } from './backupReader';
import {
  drain,
  missingBaseError,
  sourceRows,
  takeHeader,
  validatedRows,
  type BackupReadReport,
  type BackupRow,
  type BackupRowOptions,
  type SourceRow,
} from './backupRows';

/**
 * A full copy's checksum as an incremental copy names it: the CRC-32 and length of its content,
 * from its gzip trailer (which every read checks against the content itself), as 16 hex digits.
 */
export function backupChecksum(bytes: Uint8Array): string {
  if (bytes.byteLength < 8) return '0'.repeat(16);
  const trailer = new DataView(bytes.buffer, bytes.byteOffset + bytes.byteLength - 8, 8);
  const hex = (value: number): string => value.toString(16).padStart(8, '0');
  return `${hex(trailer.getUint32(0, true))}${hex(trailer.getUint32(4, true))}`;
}

/** The file name of the full copy an incremental copy builds on; undefined for any other file. */
export function incrementalBaseOf(bytes: Uint8Array): string | undefined {
  try {
    return readBackupHeader(bytes).base?.fileName;
  } catch {
    return undefined;
  }
}

/** The key of a row: its id, or a setting's key. */
export function rowKey(table: string, row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const key: unknown = Reflect.get(row, table === 'settings' ? 'key' : 'id');
  return typeof key === 'string' ? key : null;
}

/** What incremental copies change on top of their base: per table, key → row, or null if deleted. */
type Overrides = Map<string, Map<string, SourceRow | null>>;

function overridesOf(overrides: Overrides, table: string): Map<string, SourceRow | null> {
  let byKey = overrides.get(table);
  if (!byKey) overrides.set(table, (byKey = new Map<string, SourceRow | null>()));
  return byKey;
}

/** Reads an incremental copy whole (a day's changes) into the overrides, checking its base. */
function readIncremental(
  bytes: Uint8Array,
  base: { header: BackupHeader; checksum: string },
  options: BackupRowOptions,
  overrides: Overrides,
): BackupHeader {
  const records = readBackupRecords(bytes, options.limits);
  const header = takeHeader(records, options);
  if (!header.base) {
    throw invalidBackup('dopo la copia completa si possono aggiungere solo copie incrementali');
  }
  if (!sameBase(header.base, base)) {
    throw invalidBackup(
      `la copia completa su cui si basa la copia incrementale (${header.base.fileName}) manca o è stata modificata`,
    );
  }
  for (const row of sourceRows(records, header.schemaVersion)) {
    if (row.table === deletedKeysTable) {
      const deleted = deletedKeySchema.safeParse(row.row);
      if (!deleted.success) throw invalidBackup('il file è danneggiato o incompleto');
      overridesOf(overrides, deleted.data.table).set(deleted.data.key, null);
      continue;
    }
    const key = rowKey(row.table, row.row);
    if (key === null) throw invalidBackup(`tabella ${row.table}: una riga non ha chiave`);
    overridesOf(overrides, row.table).set(key, row);
  }
  return header;
}

function sameBase(named: BackupBase, base: { header: BackupHeader; checksum: string }): boolean {
  return named.checksum === base.checksum && named.createdAt === base.header.createdAt;
}

/**
 * The base's rows with the overrides applied: a changed record replaces the base's, a deleted one
 * is left out, and new records follow the base's rows of their table.
 */
function* mergedRows(
  baseRecords: Iterator<BackupRecord>,
  baseSchemaVersion: number,
  overrides: Overrides,
): Generator<SourceRow> {
  let table: string | null = null;
  function* rest(name: string | null): Generator<SourceRow> {
    if (name === null) return;
    for (const row of overrides.get(name)?.values() ?? []) if (row) yield row;
    overrides.delete(name);
  }
  for (;;) {
    const next = baseRecords.next();
    if (next.done) break;
    const record = next.value;
    if (record.kind === 'table' || record.kind === 'end') {
      yield* rest(table);
      table = record.kind === 'table' ? record.table : null;
      continue;
    }
    if (record.kind !== 'row') continue;
    const changed = overrides.get(record.table);
    const key = changed ? rowKey(record.table, record.row) : null;
    if (changed && key !== null && changed.has(key)) {
      const row = changed.get(key);
      changed.delete(key);
      if (row) yield row;
      continue;
    }
    yield { table: record.table, row: record.row, fromSchemaVersion: baseSchemaVersion };
  }
  // Tables the base did not hold at all.
  for (const name of [...overrides.keys()]) yield* rest(name);
}

/**
 * Reads a copy as validated rows of the current schema: a full copy alone, or a full copy followed
 * by incremental copies built on it, applied in order (each names its base by date and checksum,
 * and one whose base is missing or altered is refused). Every row goes through the same upgrade,
 * validation and reference checks as a full restore. Throws BackupReadError.
 */
export function* readBackupChainRows(
  files: readonly Uint8Array[],
  options: BackupRowOptions,
): Generator<BackupRow, BackupReadReport> {
  const [baseBytes, ...incrementalFiles] = files;
  if (!baseBytes) throw invalidBackup('nessun file da ripristinare');
  const baseRecords = readBackupRecords(baseBytes, options.limits);
  const baseHeader = takeHeader(baseRecords, options);
  if (baseHeader.base) throw missingBaseError(baseHeader);
  const base = { header: baseHeader, checksum: backupChecksum(baseBytes) };
  const overrides: Overrides = new Map();
  let newest = baseHeader;
  for (const bytes of incrementalFiles) {
    const header = readIncremental(bytes, base, options, overrides);
    if (header.createdAt < newest.createdAt) {
      throw invalidBackup('le copie incrementali non sono in ordine di data');
    }
    newest = header;
  }
  const report = yield* validatedRows(
    newest,
    mergedRows(baseRecords, baseHeader.schemaVersion, overrides),
    options,
  );
  return newest === baseHeader ? report : { ...report, baseCreatedAt: baseHeader.createdAt };
}

/** Reads a copy (a full one, or a full one and its incremental copies) through, keeping no rows. */
export function inspectBackupChain(
  files: readonly Uint8Array[],
  options: BackupRowOptions,
): BackupReadReport {
  return drain(readBackupChainRows(files, options));
}
