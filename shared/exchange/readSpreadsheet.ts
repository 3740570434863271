import * as XLSX from 'xlsx';
import type { Grid, GridCell, GridSheet, SpreadsheetFormat } from './grid';
import type { SpreadsheetLimits } from './limits';
import { SpreadsheetError } from './problems';
import { decodeText, isEncryptedOfficeFile, sniffFormat } from './sniffFormat';
import { listZipEntries } from './zipDirectory';
import { checkZipSheets } from '../spreadsheet/zipSheetBounds';
import { checkBiffBounds } from '../spreadsheet/biffBounds';
import { checkCsvBounds } from '../spreadsheet/csvBounds';
import { columnLetters } from '../spreadsheet/gridBudget';
import { excelSerialToIsoDate, unguardCsvText } from './cellValues';
import { isRecord } from './isRecord';

type Workbook = XLSX.WorkBook;

function checkZip(bytes: Uint8Array, limits: SpreadsheetLimits): SpreadsheetFormat {
  const entries = listZipEntries(bytes, limits);
  const names = new Set(entries.map((entry) => entry.name));
  const format = names.has('xl/workbook.xml') ? 'xlsx' : names.has('content.xml') ? 'ods' : null;
  if (!format) throw new SpreadsheetError('notSpreadsheet');
  checkZipSheets(bytes, entries, format, limits);
  return format;
}

function countLines(text: string, limit: number): number {
  let lines = 1;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    lines += 1;
    if (lines > limit) break;
  }
  return lines;
}

function parseWorkbook(
  bytes: Uint8Array,
  limits: SpreadsheetLimits,
): { format: SpreadsheetFormat; workbook: Workbook } {
  const options: XLSX.ParsingOptions = {
    dense: true,
    cellNF: true,
    cellFormula: true,
    cellDates: false,
    cellStyles: false,
    cellHTML: false,
    bookVBA: false,
    // One row more than allowed, so that "too many" is seen without reading the rest.
    sheetRows: limits.maxRows + 2,
  };
  const kind = sniffFormat(bytes);
  if (kind === 'zip') {
    const format = checkZip(bytes, limits);
    return { format, workbook: XLSX.read(bytes, { ...options, type: 'array' }) };
  }
  if (kind === 'compoundFile') {
    if (isEncryptedOfficeFile(bytes)) throw new SpreadsheetError('encrypted');
    checkBiffBounds(bytes, limits);
    return { format: 'xls', workbook: XLSX.read(bytes, { ...options, type: 'array' }) };
  }
  const text = decodeText(bytes);
  // Markup would be read as an HTML or XML table: no partner sends one as a spreadsheet.
  if (/^\s*</.test(text)) throw new SpreadsheetError('notSpreadsheet');
  const lines = countLines(text, limits.maxRows + 2);
  if (lines > limits.maxRows + 1)
    throw new SpreadsheetError('tooManyRows', { sheet: 'CSV', limit: limits.maxRows });
  checkCsvBounds(text, limits);
  // raw: every field stays the text the person typed; Regia parses numbers and dates itself.
  return { format: 'csv', workbook: XLSX.read(text, { ...options, type: 'string', raw: true }) };
}

// Number formats with day, month or year parts show dates; quoted and bracketed parts are literal.
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return bare !== 'General' && /[dmy]/i.test(bare) && !bare.includes('%');
}

function plainValue(cell: Record<string, unknown>): string | number | boolean | null {
  const value = cell.v;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

type SheetContext = {
  date1904: boolean;
  csv: boolean;
  limits: SpreadsheetLimits;
  cellCount: { value: number };
  filled: { value: number };
};

function gridCellOf(raw: unknown, context: SheetContext, where: () => string): GridCell {
  if (!isRecord(raw)) return null;
  const cell = raw;
  const { limits, date1904 } = context;
  const plain = plainValue(cell);
  const value = context.csv && typeof plain === 'string' ? unguardCsvText(plain) : plain;
  if (typeof value === 'string' && value.length > limits.maxCellCharacters) {
    throw new SpreadsheetError('cellTooLong', {
      cell: where(),
      length: value.length,
      limit: limits.maxCellCharacters,
    });
  }
  if (typeof cell.f === 'string' && cell.f !== '') {
    return { kind: 'formula', formula: cell.f.slice(0, 1000), cached: value };
  }
  if (cell.t === 'e') return typeof cell.w === 'string' ? cell.w : '#ERRORE';
  if (typeof value === 'number' && typeof cell.z === 'string') {
    if (isDateFormat(cell.z)) {
      const day = excelSerialToIsoDate(value, date1904);
      if (day) return { kind: 'date', value: day };
    }
    if (cell.z.includes('%')) return { kind: 'percent', value };
  }
  return value;
}

function gridSheetOf(
  name: string,
  hidden: boolean,
  sheet: unknown,
  context: SheetContext,
): GridSheet {
  const { limits, cellCount, filled } = context;
  const data = isRecord(sheet) ? sheet['!data'] : undefined;
  const rawRows: unknown[] = Array.isArray(data) ? data : [];
  if (rawRows.length > limits.maxRows + 1)
    throw new SpreadsheetError('tooManyRows', { sheet: name, limit: limits.maxRows });
  checkFullRange(name, sheet, limits);
  const rows: GridCell[][] = [];
  for (let rowIndex = 0; rowIndex < rawRows.length; rowIndex += 1) {
    const rawRow = rawRows[rowIndex];
    const cells: unknown[] = Array.isArray(rawRow) ? rawRow : [];
    if (cells.length > limits.maxColumns) {
      throw new SpreadsheetError('tooManyColumns', {
        sheet: name,
        cell: `${columnLetters(cells.length)}${rowIndex + 1}`,
        limit: limits.maxColumns,
        lastColumn: columnLetters(limits.maxColumns),
      });
    }
    // Every cell the parser built counts, empty or not: the same measure the checks before parsing use.
    cellCount.value += cells.length;
    const row: GridCell[] = [];
    for (let column = 0; column < cells.length; column += 1) {
      const cell = gridCellOf(
        cells[column],
        context,
        () => `${name}!R${rowIndex + 1}C${column + 1}`,
      );
      row.push(cell);
      if (cell !== null) filled.value += 1;
    }
    if (cellCount.value > limits.maxCells)
      throw new SpreadsheetError('tooManyCells', { limit: limits.maxCells });
    while (row.length > 0 && isBlank(row[row.length - 1])) row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return { name: name.slice(0, 200), hidden, rows };
}

// SheetJS keeps the sheet's whole range in `!fullref` when `sheetRows` cut it short: rows were
// left unread, so the file is refused rather than imported without them.
function checkFullRange(name: string, sheet: unknown, limits: SpreadsheetLimits): void {
  const full = isRecord(sheet) ? sheet['!fullref'] : undefined;
  if (typeof full !== 'string') return;
  const lastRow = XLSX.utils.decode_range(full).e.r + 1;
  if (lastRow > limits.maxRows + 1)
    throw new SpreadsheetError('rowBeyondLimit', {
      sheet: name,
      row: lastRow,
      limit: limits.maxRows,
    });
}

/** Whether a cell holds nothing a person typed. */
export function isBlank(cell: GridCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Reads any spreadsheet Regia accepts (xlsx, xls, ods, csv) into plain rows of cells, within
 * the limits: the container is recognised from its bytes, a zip's directory is checked before
 * anything is inflated, and rows, cells and texts are counted as they are read. A file with
 * no data at all is an error, never an empty success.
 */
export function readSpreadsheet(bytes: Uint8Array, limits: SpreadsheetLimits): Grid {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new SpreadsheetError('fileTooLarge', {
      size: Math.ceil(bytes.byteLength / (1024 * 1024)),
      limit: Math.ceil(limits.maxFileBytes / (1024 * 1024)),
    });
  }
  const { format, workbook } = parseWorkbook(bytes, limits);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const properties = workbook.Workbook?.Sheets ?? [];
  const context: SheetContext = {
    date1904,
    csv: format === 'csv',
    limits,
    cellCount: { value: 0 },
    filled: { value: 0 },
  };
  const sheets = workbook.SheetNames.map((name, index) => {
    // A sheet named like an Object property is hostile; it is read as if it were empty.
    const sheet: unknown = Object.hasOwn(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
    const hidden = (properties[index]?.Hidden ?? 0) !== 0;
    return gridSheetOf(name, hidden, sheet, context);
  });
  if (context.filled.value === 0) throw new SpreadsheetError('noData');
  return { format, sheets };
}
