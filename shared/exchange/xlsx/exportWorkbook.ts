import type { SafeCell } from '../../spreadsheet/formulaSafe';
import type { CellFormat, ColumnSpec, TableSheetSpec, WorkbookCell } from './workbookSpec';
import { writeXlsx } from './writeXlsx';

/** One sheet of a data export: its name, column widths and formula-safe rows. */
export type ExportSheet = {
  name: string;
  widths?: readonly number[];
  rows: readonly (readonly SafeCell[])[];
  /** Whether the first row is a header to filter by (the default); false for a report layout. */
  headerRow?: boolean;
};

const formatsByCode: Readonly<Record<string, CellFormat>> = {
  'dd/mm/yyyy': 'date',
  '#,##0.##': 'decimal',
  '#,##0.00 "€"': 'euro',
  '0%': 'percent',
  '0.0%': 'percentDecimal',
};

function workbookCell(cell: SafeCell | undefined): WorkbookCell {
  if (!cell) return null;
  if (cell.t === 's') return cell.v;
  const format = cell.z === undefined ? undefined : formatsByCode[cell.z];
  return format ? { number: cell.v, format } : cell.v;
}

function textOf(cell: SafeCell | undefined): string {
  return cell === undefined ? '' : String(cell.v);
}

function exportTable(sheet: ExportSheet): TableSheetSpec {
  const [first = [], ...rest] = sheet.rows;
  const columnCount = Math.max(1, ...sheet.rows.map((row) => row.length));
  const columns: ColumnSpec[] = Array.from({ length: columnCount }, (_, index) => {
    // A column of texts wraps them, so a long title is printed whole.
    const texts = rest.every((row) => row[index] === undefined || row[index]?.t === 's');
    return {
      header: textOf(first[index]),
      width: sheet.widths?.[index] ?? 14,
      format: texts ? 'text' : 'general',
      editable: false,
    };
  });
  return {
    kind: 'table',
    name: sheet.name.slice(0, 31),
    columns,
    rows: rest.map((row) => columns.map((_, index) => workbookCell(row[index]))),
    autoFilter: sheet.headerRow !== false,
  };
}

/**
 * A data export (roster, actions, report) through Regia's one xlsx writer: frozen header row
 * printed on every page, landscape and one page wide, a filter on each header, every text a
 * string cell. Not protected: it is the coordinator's own copy, to sort and annotate.
 */
export function writeExportWorkbook(title: string, sheets: readonly ExportSheet[]): Uint8Array {
  return writeXlsx({ title, sheets: sheets.map(exportTable) });
}
