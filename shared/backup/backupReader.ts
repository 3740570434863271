import { Gunzip } from 'fflate';
import { binaryTag, decodeBinary } from './binaryJson';
import {
  backupFormatVersion,
  backupHeaderSchema,
  endLineSchema,
  invalidBackup,
  maxBackupLineBytes,
  maxBackupUncompressedBytes,
  tableLineSchema,
  BackupReadError,
  type BackupHeader,
} from './backupFormat';

/** One step of a backup as it is read: its header, the start of a table, a row, the end. */
export type BackupRecord =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: string; count: number }
  | { kind: 'row'; table: string; row: unknown }
  | { kind: 'end'; rows: number };

/** Bounds of a read; the defaults suit real backups, tests lower them. */
export type BackupReadLimits = { maxInflatedBytes: number; maxLineBytes: number };

const defaultLimits: BackupReadLimits = {
  maxInflatedBytes: maxBackupUncompressedBytes,
  maxLineBytes: maxBackupLineBytes,
};

// Compressed bytes are fed in small pieces: deflate expands at most about 1,000 times, so no
// single step can inflate more than a few megabytes before the size is counted.
const inputPieceBytes = 16 * 1024;

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

const crcTable32 = Int32Array.from(crcTable);

function updateCrc(crc: number, chunk: Uint8Array): number {
  let value = crc ^ 0xffffffff;
  for (let index = 0; index < chunk.length; index += 1) {
    // A typed table and an indexed loop: the CRC runs over every inflated byte of a backup.
    value = (crcTable32[(value ^ (chunk[index] ?? 0)) & 0xff] ?? 0) ^ (value >>> 8);
  }
  return (value ^ 0xffffffff) >>> 0;
}

/**
 * The inflated bytes of a gzip file, piece by piece, counted against a cap as they come. Once
 * inflated, the content's CRC-32 and length are checked against the trailer: a file cut short or
 * altered is refused even where the inflater stops quietly.
 */
function* inflate(bytes: Uint8Array, maxInflatedBytes: number): Generator<Uint8Array> {
  if (bytes.byteLength < 20 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw invalidBackup('il file non è un backup compresso di Regia');
  }
  const ready: Uint8Array[] = [];
  let inflated = 0;
  let crc = 0;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    inflated += chunk.byteLength;
    if (inflated > maxInflatedBytes) throw invalidBackup('il file è troppo grande');
    crc = updateCrc(crc, chunk);
    ready.push(chunk);
    if (final) ended = true;
  });
  for (let offset = 0; offset < bytes.byteLength; offset += inputPieceBytes) {
    const end = Math.min(offset + inputPieceBytes, bytes.byteLength);
    try {
      gunzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    } catch (error) {
      if (error instanceof BackupReadError) throw error;
      throw invalidBackup('il file è danneggiato o incompleto');
    }
    yield* ready.splice(0);
  }
  const trailer = new DataView(bytes.buffer, bytes.byteOffset + bytes.byteLength - 8, 8);
  const intact =
    trailer.getUint32(0, true) === crc && trailer.getUint32(4, true) === inflated % 2 ** 32;
  if (!ended || !intact) throw invalidBackup('il file è danneggiato o incompleto');
}

/** The lines of the inflated text, as bytes, each bounded in length. */
function* lines(
  chunks: Iterable<Uint8Array>,
  maxFirstLineBytes: number,
  maxLineBytes: number,
): Generator<Uint8Array> {
  let parts: Uint8Array[] = [];
  let partsBytes = 0;
  let first = true;
  for (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, newline === -1 ? chunk.byteLength : newline);
      partsBytes += piece.byteLength;
      // Version 1 is one long line; every later line is one row.
      if (partsBytes > (first ? maxFirstLineBytes : maxLineBytes)) {
        throw invalidBackup('una riga del backup è troppo lunga');
      }
      if (newline === -1) {
        if (piece.byteLength > 0) parts.push(piece.slice());
        break;
      }
      parts.push(piece);
      yield parts.length === 1 && parts[0] ? parts[0] : concat(parts, partsBytes);
      parts = [];
      partsBytes = 0;
      first = false;
      start = newline + 1;
    }
  }
  if (partsBytes > 0) yield concat(parts, partsBytes);
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

function parseLine(line: Uint8Array, decoder: { decode(input: Uint8Array): string }): unknown {
  try {
    const text = decoder.decode(line);
    // A reviver makes JSON.parse several times slower: only lines holding bytes get it.
    return text.includes(binaryTag) ? JSON.parse(text, decodeBinary) : JSON.parse(text);
  } catch {
    throw invalidBackup('il file è danneggiato o incompleto');
  }
}

function readHeader(value: unknown): BackupHeader {
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success) throw invalidBackup('mancano le informazioni del backup');
  if (parsed.data.formatVersion > backupFormatVersion) {
    throw new BackupReadError({ kind: 'newer', formatVersion: parsed.data.formatVersion });
  }
  return parsed.data;
}

/** The records of a version 1 file, which holds the whole database in its one JSON object. */
function* legacyRecords(value: unknown): Generator<BackupRecord> {
  const tables: unknown =
    typeof value === 'object' && value !== null ? Reflect.get(value, 'tables') : null;
  if (typeof tables !== 'object' || tables === null) {
    throw invalidBackup('mancano le informazioni del backup');
  }
  let rows = 0;
  for (const [table, tableRows] of Object.entries(tables)) {
    if (!Array.isArray(tableRows)) throw invalidBackup('mancano le informazioni del backup');
    yield { kind: 'table', table, count: tableRows.length };
    for (const row of tableRows as unknown[]) yield { kind: 'row', table, row };
    rows += tableRows.length;
  }
  yield { kind: 'end', rows };
}

/**
 * Reads a backup one record at a time, inflating as it goes with the inflated size counted
 * against a cap (the size the gzip trailer declares is never trusted). Throws BackupReadError.
 */
export function* readBackupRecords(
  bytes: Uint8Array,
  limits: BackupReadLimits = defaultLimits,
): Generator<BackupRecord> {
  const decoder = new TextDecoder();
  const lineReader = lines(
    inflate(bytes, limits.maxInflatedBytes),
    limits.maxInflatedBytes,
    limits.maxLineBytes,
  );
  const firstLine = lineReader.next();
  if (firstLine.done) throw invalidBackup('il backup è vuoto');
  const firstValue = parseLine(firstLine.value, decoder);
  const header = readHeader(firstValue);
  yield { kind: 'header', header };
  if (header.formatVersion === 1) {
    yield* legacyRecords(firstValue);
    return;
  }
  let table: string | null = null;
  let rows = 0;
  for (const line of lineReader) {
    if (line.byteLength === 0) continue;
    const value = parseLine(line, decoder);
    const tableLine = tableLineSchema.safeParse(value);
    if (tableLine.success) {
      table = tableLine.data.table;
      yield { kind: 'table', table, count: tableLine.data.count };
      continue;
    }
    const endLine = endLineSchema.safeParse(value);
    if (endLine.success) {
      if (endLine.data.rows !== rows) throw invalidBackup('il file è danneggiato o incompleto');
      // Read to the end, so the trailer's checks run; nothing may follow the end line.
      for (const rest of lineReader) {
        if (rest.byteLength > 0) throw invalidBackup('il file è danneggiato o incompleto');
      }
      yield { kind: 'end', rows };
      return;
    }
    if (table === null) throw invalidBackup('il file è danneggiato o incompleto');
    rows += 1;
    yield { kind: 'row', table, row: value };
  }
  throw invalidBackup('il file è danneggiato o incompleto');
}

/** Only the header of a backup: inflates no further than its first line. */
export function readBackupHeader(bytes: Uint8Array): BackupHeader {
  const records = readBackupRecords(bytes);
  const first = records.next();
  void records.return(undefined);
  if (first.done || first.value.kind !== 'header') {
    throw invalidBackup('mancano le informazioni del backup');
  }
  return first.value.header;
}
