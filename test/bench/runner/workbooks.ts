import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import type { SheetRows } from '../data/spreadsheets';

/** Writes rows as a one-sheet .xlsx the way a spreadsheet program would, dates as date cells. */
export function workbookBytes(rows: SheetRows, sheetName: string): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet(rows, { cellDates: true }),
    sheetName,
  );
  const written: unknown = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
  });
  if (!(written instanceof Uint8Array))
    throw new Error('SheetJS did not return the workbook bytes.');
  return written;
}

/** Parses a workbook and returns its first sheet as objects, as an import reads it. */
export function readFirstSheet(bytes: Uint8Array): unknown[] {
  const workbook = XLSX.read(bytes, { type: 'buffer', cellDates: true });
  const [first] = workbook.SheetNames;
  const sheet = first === undefined ? undefined : workbook.Sheets[first];
  if (!sheet) throw new Error('The workbook has no sheet.');
  return XLSX.utils.sheet_to_json(sheet);
}

/** Writes a workbook under `folder` and returns its path and bytes. */
export function saveWorkbook(
  folder: string,
  fileName: string,
  rows: SheetRows,
  sheetName: string,
): { path: string; bytes: Uint8Array } {
  mkdirSync(folder, { recursive: true });
  const bytes = workbookBytes(rows, sheetName);
  const file = path.join(folder, fileName);
  writeFileSync(file, bytes);
  return { path: file, bytes };
}
