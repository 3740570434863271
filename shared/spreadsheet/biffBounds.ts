import type { SpreadsheetLimits } from '../exchange/limits';
import { SpreadsheetError } from '../exchange/problems';
import { GridBudget } from './gridBudget';

// Markers of the compound file's sector tables.
const endOfChain = 0xfffffffe;
const freeSector = 0xffffffff;
const noEntry = 0xffffffff;

const damaged = (details: string): SpreadsheetError => new SpreadsheetError('damaged', { details });

type CompoundFile = {
  bytes: Uint8Array;
  view: DataView;
  sectorSize: number;
  sectorCount: number;
  fat: Uint32Array;
};

type DirectoryEntry = {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
};

function sectorOffset(file: CompoundFile, sector: number): number {
  return (sector + 1) * file.sectorSize;
}

/** The sectors of a chain, each within the file and none twice (a loop would never end). */
function chainOf(file: CompoundFile, table: Uint32Array, start: number, limit: number): number[] {
  const sectors: number[] = [];
  const seen = new Set<number>();
  for (let sector = start; sector !== endOfChain && sector !== freeSector;) {
    if (sector >= limit || sector >= table.length) throw damaged('settore oltre la fine del file');
    if (seen.has(sector)) throw damaged('catena di settori circolare');
    seen.add(sector);
    sectors.push(sector);
    sector = table[sector] ?? endOfChain;
  }
  return sectors;
}

/** The FAT, gathered from the header's list and the chain of extra lists, every sector checked. */
function readFat(bytes: Uint8Array, view: DataView, sectorSize: number, sectorCount: number) {
  const fatSectors = view.getUint32(0x2c, true);
  const difatSectors = view.getUint32(0x48, true);
  if (fatSectors > sectorCount || difatSectors > sectorCount)
    throw damaged('tabella dei settori più grande del file');
  const ids: number[] = [];
  for (let index = 0; index < 109 && ids.length < fatSectors; index += 1)
    ids.push(view.getUint32(0x4c + index * 4, true));
  const perSector = sectorSize / 4 - 1;
  const seen = new Set<number>();
  for (let next = view.getUint32(0x44, true); ids.length < fatSectors;) {
    if (next >= sectorCount) throw damaged('settore oltre la fine del file');
    if (seen.has(next)) throw damaged('catena di settori circolare');
    seen.add(next);
    const base = (next + 1) * sectorSize;
    for (let index = 0; index < perSector && ids.length < fatSectors; index += 1)
      ids.push(view.getUint32(base + index * 4, true));
    next = view.getUint32(base + perSector * 4, true);
  }
  const fat = new Uint32Array(fatSectors * (sectorSize / 4));
  ids.forEach((id, index) => {
    if (id >= sectorCount) throw damaged('settore oltre la fine del file');
    const start = (id + 1) * sectorSize;
    const chunk = bytes.subarray(start, Math.min(start + sectorSize, bytes.byteLength));
    const words = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let word = 0; word * 4 + 4 <= chunk.byteLength; word += 1)
      fat[index * (sectorSize / 4) + word] = words.getUint32(word * 4, true);
  });
  return fat;
}

/** The bytes of a chain of sectors, at most `size` of them. */
function bytesOf(
  source: Uint8Array,
  sectors: readonly number[],
  sectorSize: number,
  offsetOf: (sector: number) => number,
  size: number,
): Uint8Array {
  if (sectors.length * sectorSize < size) throw damaged('flusso più corto di quanto dichiara');
  const out = new Uint8Array(size);
  let written = 0;
  for (const sector of sectors) {
    if (written >= size) break;
    const start = offsetOf(sector);
    const piece = source.subarray(start, Math.min(start + sectorSize, start + size - written));
    out.set(piece, written);
    written += piece.byteLength;
  }
  return out.subarray(0, written);
}

function readDirectory(file: CompoundFile, firstSector: number): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const sector of chainOf(file, file.fat, firstSector, file.sectorCount)) {
    const base = sectorOffset(file, sector);
    for (
      let at = base;
      at + 128 <= base + file.sectorSize && at + 128 <= file.bytes.byteLength;
      at += 128
    ) {
      const nameBytes = Math.min(file.view.getUint16(at + 0x40, true), 64);
      let name = '';
      for (let index = 0; index + 2 < nameBytes; index += 2)
        name += String.fromCharCode(file.view.getUint16(at + index, true));
      entries.push({
        name,
        type: file.view.getUint8(at + 0x42),
        left: file.view.getUint32(at + 0x44, true),
        right: file.view.getUint32(at + 0x48, true),
        child: file.view.getUint32(at + 0x4c, true),
        start: file.view.getUint32(at + 0x74, true),
        size: file.view.getUint32(at + 0x78, true),
      });
    }
  }
  return entries;
}

/** Walks the directory tree from the root: every reference within the table, no entry reached twice. */
function checkDirectoryTree(entries: readonly DirectoryEntry[]): void {
  const seen = new Set<number>([0]);
  const pending = [entries[0]?.child ?? noEntry];
  while (pending.length > 0) {
    const id = pending.pop() ?? noEntry;
    if (id === noEntry) continue;
    const entry = entries[id];
    if (!entry) throw damaged('indice delle parti interne non valido');
    if (seen.has(id)) throw damaged('indice delle parti interne circolare');
    seen.add(id);
    pending.push(entry.left, entry.right, entry.child);
  }
}

/** The workbook stream of a compound file, its chains and sizes checked against the file. */
function workbookStream(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength < 512) throw damaged('intestazione incompleta');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (view.getUint16(0x1c, true) !== 0xfffe || (shift !== 9 && shift !== 12))
    throw damaged('intestazione non valida');
  const sectorSize = 1 << shift;
  const sectorCount = Math.ceil(Math.max(0, bytes.byteLength - sectorSize) / sectorSize);
  const file: CompoundFile = {
    bytes,
    view,
    sectorSize,
    sectorCount,
    fat: readFat(bytes, view, sectorSize, sectorCount),
  };
  const entries = readDirectory(file, view.getUint32(0x30, true));
  checkDirectoryTree(entries);
  for (const entry of entries) {
    if (entry.type === 2 && entry.size > bytes.byteLength)
      throw damaged('parte interna più grande del file');
  }
  const workbook = entries.find(
    (entry) => entry.type === 2 && /^(workbook|book)$/i.test(entry.name),
  );
  if (!workbook) throw new SpreadsheetError('notSpreadsheet');
  const cutoff = view.getUint32(0x38, true);
  if (workbook.size >= cutoff) {
    const sectors = chainOf(file, file.fat, workbook.start, sectorCount);
    return bytesOf(
      bytes,
      sectors,
      sectorSize,
      (sector) => sectorOffset(file, sector),
      workbook.size,
    );
  }
  // A small stream lives in the mini stream, itself a chain of the root entry.
  const root = entries[0];
  if (!root || root.size > bytes.byteLength) throw damaged('parte interna più grande del file');
  const container = bytesOf(
    bytes,
    chainOf(file, file.fat, root.start, sectorCount),
    sectorSize,
    (sector) => sectorOffset(file, sector),
    root.size,
  );
  const miniFatBytes = bytesOf(
    bytes,
    chainOf(file, file.fat, view.getUint32(0x3c, true), sectorCount),
    sectorSize,
    (sector) => sectorOffset(file, sector),
    Math.min(view.getUint32(0x40, true), sectorCount) * sectorSize,
  );
  const miniFat = new Uint32Array(Math.floor(miniFatBytes.byteLength / 4));
  const miniView = new DataView(
    miniFatBytes.buffer,
    miniFatBytes.byteOffset,
    miniFatBytes.byteLength,
  );
  for (let index = 0; index < miniFat.length; index += 1)
    miniFat[index] = miniView.getUint32(index * 4, true);
  const miniSectors = chainOf(file, miniFat, workbook.start, Math.ceil(container.byteLength / 64));
  return bytesOf(container, miniSectors, 64, (sector) => sector * 64, workbook.size);
}

// Records that hold one cell: its row, then its column, in their first four bytes.
const cellRecords = new Set([0x0006, 0x00fd, 0x0203, 0x027e, 0x0204, 0x0205, 0x00d6]);
const multipleRk = 0x00bd;
const beginning = new Set([0x0809, 0x0209, 0x0409]);
const ending = 0x000a;
const boundSheet = 0x0085;
// BIFF8's largest record body; a longer one is not a record but damage.
const maxRecordBytes = 8224;

/** A BOUNDSHEET record's sheet name (BIFF8 or BIFF5), for the message that names it. */
function boundSheetName(stream: Uint8Array, view: DataView, body: number, size: number): string {
  if (size < 8) return '';
  const length = view.getUint8(body + 6);
  const wide = size >= 8 + length * 2 && (view.getUint8(body + 7) & 1) === 1;
  let name = '';
  const start = body + (size >= 8 + length ? 8 : 7);
  for (let index = 0; index < length && start + index * (wide ? 2 : 1) < body + size; index += 1)
    name += String.fromCharCode(
      wide ? view.getUint16(start + index * 2, true) : (stream[start + index] ?? 0),
    );
  return name;
}

/**
 * Checks an xls file (OLE compound file holding a BIFF workbook) before SheetJS reads it: the
 * sector chains and the directory must be within the file and free of loops, no part may claim
 * more bytes than the file has, and the cell records are counted as the reader will build them
 * (rows, the last column of each row, all cells from column A, sheets). SheetJS's own defects on
 * damaged BIFF cannot all be foreseen; this refuses the damage that is visible in the structure
 * and every file whose grid would be too large, with the limit it broke.
 */
export function checkBiffBounds(bytes: Uint8Array, limits: SpreadsheetLimits): void {
  const stream = workbookStream(bytes);
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const budget = new GridBudget(limits);
  const names: string[] = [];
  let sheets = 0;
  let depth = 0;
  let sheetName = '';
  let lastColumns = new Map<number, number>();
  const closeSheet = (): void => {
    for (const [row, column] of lastColumns) budget.addRows(sheetName, row + 1, column + 1);
    lastColumns = new Map();
  };
  for (let at = 0; at + 4 <= stream.byteLength;) {
    const type = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    const body = at + 4;
    // A record running past the stream's end closes it: nothing can lie beyond it.
    if (body + size > stream.byteLength) break;
    if (size > maxRecordBytes) throw damaged(`record di ${size} byte`);
    if (beginning.has(type)) {
      depth += 1;
      if (depth === 1 && sheets + names.length > 0) {
        sheetName = names[sheets] ?? `Foglio ${sheets + 1}`;
        sheets += 1;
      }
    } else if (type === ending) {
      if (depth === 1) closeSheet();
      depth = Math.max(0, depth - 1);
    } else if (type === boundSheet) {
      names.push(boundSheetName(stream, view, body, size));
      if (names.length > limits.maxZipEntries)
        throw new SpreadsheetError('tooManyEntries', {
          count: names.length,
          limit: limits.maxZipEntries,
        });
    } else if (size >= 4 && (cellRecords.has(type) || type === multipleRk)) {
      const row = view.getUint16(body, true);
      const column =
        type === multipleRk && size >= 6
          ? view.getUint16(body + size - 2, true)
          : view.getUint16(body + 2, true);
      if (column > (lastColumns.get(row) ?? -1)) {
        lastColumns.set(row, column);
        // The far column is refused at once, naming its cell, before more rows are counted.
        if (column + 1 > limits.maxColumns) budget.addRows(sheetName, row + 1, column + 1);
      }
    }
    at = body + size;
  }
  closeSheet();
}
