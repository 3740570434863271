import { Inflate } from 'fflate';
import type { SpreadsheetLimits } from './limits';
import { SpreadsheetError } from './problems';

/** One file inside a zip archive, as its central directory declares it. */
export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

const endOfDirectorySignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const unknown32 = 0xffffffff;

function damaged(details: string): SpreadsheetError {
  return new SpreadsheetError('damaged', { details });
}

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const within = (offset: number, length: number): void => {
    if (offset < 0 || offset + length > bytes.byteLength) throw damaged('archivio troncato');
  };
  return {
    u16: (offset: number): number => (within(offset, 2), view.getUint16(offset, true)),
    u32: (offset: number): number => (within(offset, 4), view.getUint32(offset, true)),
    // Sizes beyond 2^53 are not real files; they read as Infinity and fail the limits.
    u64: (offset: number): number => {
      within(offset, 8);
      const value = view.getBigUint64(offset, true);
      return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
    },
  };
}

function findEndOfDirectory(bytes: Uint8Array, read: ReturnType<typeof reader>): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, bytes.byteLength - 22 - 0xffff);
  for (let offset = bytes.byteLength - 22; offset >= earliest; offset -= 1) {
    if (read.u32(offset) === endOfDirectorySignature) return offset;
  }
  throw damaged('indice dell’archivio mancante');
}

type Directory = { entryCount: number; offset: number };

function locateDirectory(bytes: Uint8Array, read: ReturnType<typeof reader>): Directory {
  const end = findEndOfDirectory(bytes, read);
  const entryCount = read.u16(end + 10);
  const offset = read.u32(end + 16);
  if (entryCount !== 0xffff && offset !== unknown32) return { entryCount, offset };
  const locator = end - 20;
  if (locator < 0 || read.u32(locator) !== zip64LocatorSignature)
    throw damaged('indice zip64 mancante');
  const zip64End = read.u64(locator + 8);
  if (!Number.isFinite(zip64End) || read.u32(zip64End) !== zip64EndSignature) {
    throw damaged('indice zip64 non valido');
  }
  return { entryCount: read.u64(zip64End + 32), offset: read.u64(zip64End + 48) };
}

/**
 * Lists a zip archive's entries from its central directory, without decompressing anything,
 * and refuses archives over the entry or size limits: the check runs before any inflating.
 */
export function listZipEntries(bytes: Uint8Array, limits: SpreadsheetLimits): ZipEntry[] {
  const read = reader(bytes);
  const directory = locateDirectory(bytes, read);
  if (directory.entryCount > limits.maxZipEntries) {
    throw new SpreadsheetError('tooManyEntries', {
      count: directory.entryCount,
      limit: limits.maxZipEntries,
    });
  }
  const entries: ZipEntry[] = [];
  let offset = directory.offset;
  let declaredTotal = 0;
  for (let index = 0; index < directory.entryCount; index += 1) {
    if (read.u32(offset) !== directoryEntrySignature) throw damaged('voce dell’indice non valida');
    const flags = read.u16(offset + 8);
    const nameLength = read.u16(offset + 28);
    const extraLength = read.u16(offset + 30);
    const commentLength = read.u16(offset + 32);
    let compressedSize = read.u32(offset + 20);
    let uncompressedSize = read.u32(offset + 24);
    let localHeaderOffset = read.u32(offset + 42);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > bytes.byteLength) throw damaged('archivio troncato');
    const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
    // Zip64 sizes live in an extra field, in this order, only for the fields marked unknown.
    let extra = nameStart + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = read.u16(extra);
      const size = read.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === unknown32) {
          uncompressedSize = read.u64(field);
          field += 8;
        }
        if (compressedSize === unknown32) {
          compressedSize = read.u64(field);
          field += 8;
        }
        if (localHeaderOffset === unknown32) localHeaderOffset = read.u64(field);
      }
      extra += 4 + size;
    }
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxUncompressedBytes) {
      throw new SpreadsheetError('inflatesTooMuch', {
        size: megabytes(declaredTotal),
        limit: megabytes(limits.maxUncompressedBytes),
      });
    }
    entries.push({
      name,
      method: read.u16(offset + 10),
      encrypted: (flags & 1) === 1,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    offset = extraEnd + commentLength;
  }
  if (entries.some((entry) => entry.encrypted)) throw new SpreadsheetError('encrypted');
  return entries;
}

function megabytes(bytes: number): string {
  return Number.isFinite(bytes) ? String(Math.ceil(bytes / (1024 * 1024))) : '∞';
}

// Small pieces: deflate expands up to about 1,000 times, and fflate builds each piece's whole
// output before handing it over, so a 64 KB piece of a bomb became 66 MB (5 s) before the count;
// a 4 KB piece stops a lying bomb within about 4 MB. Not smaller: each piece also copies
// fflate's 32 KB window, and 1 KB pieces made this check cost three times SheetJS's own read.
const chunkBytes = 4096;

/** Where an entry's inflated bytes go, piece by piece, as they are checked (or nowhere). */
export type EntrySinkFor = (
  entry: ZipEntry,
) => ((chunk: Uint8Array, final: boolean) => void) | null;

/**
 * Inflates every entry piece by piece, counting bytes, and stops as soon as an entry produces
 * more than it declared: a zip bomb that lies in its directory is caught before the
 * spreadsheet library ever inflates it. Each piece is handed to the entry's sink, if it has
 * one, and then dropped: nothing is kept but what the sinks keep.
 */
export function verifyZipEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  sinkFor: EntrySinkFor = () => null,
): void {
  const read = reader(bytes);
  for (const entry of entries) {
    const header = entry.localHeaderOffset;
    if (read.u32(header) !== localHeaderSignature)
      throw damaged(`voce «${entry.name}» non trovata`);
    const start = header + 30 + read.u16(header + 26) + read.u16(header + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.byteLength) throw damaged('archivio troncato');
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize)
        throw damaged(`voce «${entry.name}» incoerente`);
      sinkFor(entry)?.(data, true);
      continue;
    }
    if (entry.method !== 8) throw damaged(`compressione ${entry.method} non supportata`);
    inflateCounting(entry, data, sinkFor(entry));
  }
}

function inflateCounting(
  entry: ZipEntry,
  data: Uint8Array,
  sink: ((chunk: Uint8Array, final: boolean) => void) | null,
): void {
  let produced = 0;
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    produced += chunk.byteLength;
    if (produced > entry.uncompressedSize) {
      throw new SpreadsheetError('inflatesMoreThanDeclared', { entry: entry.name });
    }
    sink?.(chunk, final);
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < data.byteLength; offset += chunkBytes) {
      const last = offset + chunkBytes >= data.byteLength;
      inflate.push(data.subarray(offset, offset + chunkBytes), last);
    }
    if (data.byteLength === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw damaged(`voce «${entry.name}» danneggiata`);
  }
  if (!finished || produced !== entry.uncompressedSize)
    throw damaged(`voce «${entry.name}» incompleta`);
}
