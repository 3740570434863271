import type { ReportCell, ReportDocument } from '../../../../shared/projects';
import { writeExportWorkbook, type ExportSheet } from '../../../../shared/exchange';
import { numberCell, textCell, type SafeCell } from '../../../../shared/spreadsheet/formulaSafe';

const numberFormats = { number: '#,##0.##', euro: '#,##0.00 "€"', percent: '0.0%' } as const;

function safeCell(cell: ReportCell): SafeCell {
  return cell.kind === 'text'
    ? textCell(cell.text)
    : numberCell(cell.value, numberFormats[cell.format]);
}

/** Excel refuses a sheet name longer than this. */
const sheetNameLimit = 31;

function sheetName(heading: string, taken: Set<string>): string {
  const base = heading.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Foglio';
  let name = base.slice(0, sheetNameLimit).trim();
  for (let copy = 2; taken.has(name.toLowerCase()); copy += 1) {
    const suffix = ` ${copy}`;
    name = `${base.slice(0, sheetNameLimit - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The same figures as the report in a workbook: one sheet per section, numbers as numbers and
 * every text a string cell, so no cell can start a formula.
 */
export function reportWorkbook(report: ReportDocument): Uint8Array {
  const sheets: ExportSheet[] = [];
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
    const columnCount = Math.max(1, ...rows.map((row) => row.length));
    sheets.push({
      name: sheetName(section.heading, taken),
      widths: Array.from({ length: columnCount }, (_, index) => (index === 0 ? 40 : 18)),
      rows,
      headerRow: false,
    });
  }
  return writeExportWorkbook(report.title, sheets);
}
