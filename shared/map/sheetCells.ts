import * as XLSX from 'xlsx';
import type { SafeCell } from '../spreadsheet/formulaSafe';

/** A worksheet from rows of formula-safe cells: every text a string cell, never a formula. */
export function worksheetOf(
  rows: readonly SafeCell[][],
  columnWidths: number[] = [],
): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let lastColumn = 0;
  rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      sheet[XLSX.utils.encode_cell({ r: rowIndex, c: columnIndex })] = { ...cell };
      lastColumn = Math.max(lastColumn, columnIndex);
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(rows.length - 1, 0), c: lastColumn },
  });
  if (columnWidths.length > 0) sheet['!cols'] = columnWidths.map((wch) => ({ wch }));
  return sheet;
}

/** A cell's value as the text a person sees in it; numbers as written, empty cells as ''. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

/** Splits a cell holding several values separated by `|`, as Kumu writes them. */
export function splitValues(text: string): string[] {
  return text
    .split('|')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

const excelEpoch = Date.UTC(1899, 11, 30);

/**
 * A day from a cell: `yyyy-MM-dd`, `gg/mm/aaaa` or an Excel serial number; null when empty,
 * undefined when it is not a day.
 */
export function dayOf(value: unknown): string | null | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value < 1 || value > 2_958_465) return undefined;
    return new Date(excelEpoch + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = textOf(value);
  if (text === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const italian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : italian
      ? [Number(italian[3]), Number(italian[2]), Number(italian[1])]
      : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year === 0 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
