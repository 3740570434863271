import * as XLSX from 'xlsx';
import type { SafeCell } from './formulaSafe';

/** One sheet to write: its name, column widths and formula-safe rows. */
export type SafeSheetInput = {
  name: string;
  widths?: readonly number[];
  rows: readonly SafeCell[][];
  /** Whether the first row is a header to filter by (the default); false for a report layout. */
  headerRow?: boolean;
};

function worksheetOf({ rows, widths, headerRow = true }: SafeSheetInput): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      // A copy of a formula-safe cell: `t` and `v` (and a number format), never `f`.
      sheet[XLSX.utils.encode_cell({ r, c })] = { ...cell };
    }),
  );
  const lastColumn = Math.max(0, ...rows.map((row) => row.length - 1));
  const range = { s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: lastColumn } };
  sheet['!ref'] = XLSX.utils.encode_range(range);
  if (headerRow) sheet['!autofilter'] = { ref: sheet['!ref'] };
  if (widths) sheet['!cols'] = widths.map((wch) => ({ wch }));
  return sheet;
}

/** An xlsx workbook of formula-safe sheets, with a filter on each header row. */
export function safeWorkbookBytes(sheets: readonly SafeSheetInput[]): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    XLSX.utils.book_append_sheet(workbook, worksheetOf(sheet), sheet.name.slice(0, 31));
  }
  return xlsxBytes(workbook);
}

/** The bytes of a SheetJS workbook written as a compressed xlsx file. */
export function xlsxBytes(workbook: XLSX.WorkBook): Uint8Array {
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not return an ArrayBuffer');
  return new Uint8Array(written);
}
