import * as XLSX from 'xlsx';
import { spreadsheetLimits } from '../exchange/limits';
import { listZipEntries } from '../exchange/zipDirectory';
import { checkBiffBounds } from '../spreadsheet/biffBounds';
import { checkZipSheets } from '../spreadsheet/zipSheetBounds';
import { normalizeForSearch } from '../search';
import { textOf } from './sheetCells';

/** One row of a sheet, by header name as written (trimmed), with its 1-based row number. */
export type SheetRow = { row: number; cells: Record<string, unknown> };

/**
 * The rows of one sheet and the (folded) names of its columns; a table read from another
 * format names its file and, for each column the planner knows, the header the file wrote.
 */
export type SheetTable = {
  columns: ReadonlySet<string>;
  rows: SheetRow[];
  name?: string;
  headings?: Readonly<Record<string, string>>;
};

/** The two tables of a Kumu workbook as read, before any check. */
export type KumuTables = { elements: SheetTable; connections: SheetTable };

/** The largest map workbook read: well above 2,000 elements and 10,000 connections. */
export const maxMapWorkbookBytes = 20 * 1024 * 1024;

/** A header as a lookup key: without case, accents or extra spaces. */
export const headerKey = (text: string): string =>
  normalizeForSearch(text).replace(/\s+/g, ' ').trim();

/** What a sheet's header row says it is, the way Kumu decides it. */
function sheetKind(headers: string[]): 'elements' | 'connections' | null {
  const keys = headers.map(headerKey);
  if (keys.includes('from') && keys.includes('to')) return 'connections';
  if (keys[0] === 'id' && keys[1] === 'label') return 'elements';
  if (keys[0] === 'label') return 'elements';
  return null;
}

/** The rows of a sheet by folded header, blank rows left out, and the header row as written. */
export function sheetTableOf(sheet: XLSX.WorkSheet): { headers: string[]; table: SheetTable } {
  const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
  });
  const [headerRow = [], ...body] = grid;
  const headers = headerRow.map(textOf);
  const rows: SheetRow[] = [];
  body.forEach((values, index) => {
    if (values.every((value) => textOf(value) === '')) return;
    const cells: Record<string, unknown> = {};
    headers.forEach((header, column) => {
      if (header !== '') cells[headerKey(header)] = values[column] ?? null;
    });
    rows.push({ row: index + 2, cells });
  });
  const columns = new Set(headers.filter((header) => header !== '').map(headerKey));
  return { headers, table: { columns, rows } };
}

/**
 * Reads the elements and connections sheets of a workbook, found by their header rows as Kumu
 * finds them; null when the bytes are not a workbook or hold no elements sheet. Header names
 * are matched without regard to case, accents or spaces.
 */
export function readKumuTables(bytes: Uint8Array): KumuTables | null {
  if (bytes.byteLength === 0 || bytes.byteLength > maxMapWorkbookBytes) return null;
  // The spreadsheet input's bounds, before SheetJS builds anything: a file past them throws
  // the SpreadsheetError that names the limit.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    checkZipSheets(bytes, listZipEntries(bytes, spreadsheetLimits), 'xlsx', spreadsheetLimits);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    checkBiffBounds(bytes, spreadsheetLimits);
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellDates: false,
    });
  } catch {
    return null;
  }
  const tables: Partial<KumuTables> = {};
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const { headers, table } = sheetTableOf(sheet);
    const kind = sheetKind(headers);
    if (kind && !tables[kind]) tables[kind] = table;
  }
  if (!tables.elements) return null;
  return {
    elements: tables.elements,
    connections: tables.connections ?? { columns: new Set(), rows: [] },
  };
}

/** A cell of a row by its header, as text. */
export function cellText(row: SheetRow, header: string): string {
  return textOf(row.cells[headerKey(header)]);
}

/** A cell of a row by its header, as stored. */
export function cellValue(row: SheetRow, header: string): unknown {
  return row.cells[headerKey(header)] ?? null;
}

/** Whether a sheet has a column, whatever its case, accents or spaces. */
export function hasColumn(table: SheetTable, header: string): boolean {
  return table.columns.has(headerKey(header));
}
