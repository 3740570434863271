import * as XLSX from 'xlsx';
import type { ReportCell, ReportDocument } from '../../../../shared/projects';
import { numberCell, textCell, type SafeCell } from '../../../../shared/spreadsheet/formulaSafe';

const numberFormats = { number: '#,##0.##', euro: '#,##0.00 "€"', percent: '0.0%' } as const;

function safeCell(cell: ReportCell): SafeCell {
  return cell.kind === 'text'
    ? textCell(cell.text)
    : numberCell(cell.value, numberFormats[cell.format]);
}

function worksheetOf(rows: readonly SafeCell[][]): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      // A copy of a formula-safe cell: `t` and `v` (and a number format), never `f`.
      sheet[XLSX.utils.encode_cell({ r, c })] = { ...cell };
    }),
  );
  const lastColumn = Math.max(0, ...rows.map((row) => row.length - 1));
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(rows.length - 1, 0), c: lastColumn },
  });
  sheet['!cols'] = Array.from({ length: lastColumn + 1 }, (_, index) => ({
    wch: index === 0 ? 40 : 18,
  }));
  return sheet;
}

function sheetName(heading: string, taken: Set<string>): string {
  const base =
    heading
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Foglio';
  let name = base;
  for (let copy = 2; taken.has(name.toLowerCase()); copy += 1) name = `${base} ${copy}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The same figures as the report in a workbook: one sheet per section, numbers as numbers and
 * every text a string cell, so no cell can start a formula.
 */
export function reportWorkbook(report: ReportDocument): Uint8Array {
  const workbook = XLSX.utils.book_new();
  const taken = new Set<string>();
  for (const section of report.sections) {
    const rows: SafeCell[][] = [
      [textCell(section.heading)],
      ...section.paragraphs.map((paragraph) => [textCell(paragraph)]),
    ];
    if (section.table) {
      rows.push([]);
      rows.push(section.table.columns.map(textCell));
      rows.push(...section.table.rows.map((row) => row.map(safeCell)));
      if (section.table.totals) rows.push(section.table.totals.map(safeCell));
    }
    XLSX.utils.book_append_sheet(workbook, worksheetOf(rows), sheetName(section.heading, taken));
  }
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not return an ArrayBuffer');
  return new Uint8Array(written);
}
