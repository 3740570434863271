import type { GridCell } from './grid';

/** Why a cell's content cannot be used; each has a plain Italian reason in the catalog. */
export type ValueProblem = 'invalidDate' | 'invalidNumber' | 'invalidPercent' | 'formula';

/** A parsed cell: its value (null when empty) or the reason it is not valid. */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; problem: ValueProblem };

const excelEpoch = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);
const dayMilliseconds = 86_400_000;

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return null;
  return new Date(time).toISOString().slice(0, 10);
}

/** The calendar day of an Excel date serial number (time of day dropped); null when out of range. */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const time = (date1904 ? epoch1904 : excelEpoch) + Math.floor(serial) * dayMilliseconds;
  return new Date(time).toISOString().slice(0, 10);
}

const monthNames: readonly (readonly string[])[] = [
  ['gennaio', 'gen', 'january', 'jan'],
  ['febbraio', 'feb', 'february'],
  ['marzo', 'mar', 'march'],
  ['aprile', 'apr', 'april'],
  ['maggio', 'mag', 'may'],
  ['giugno', 'giu', 'june', 'jun'],
  ['luglio', 'lug', 'july', 'jul'],
  ['agosto', 'ago', 'august', 'aug'],
  ['settembre', 'set', 'sett', 'september', 'sep', 'sept'],
  ['ottobre', 'ott', 'october', 'oct'],
  ['novembre', 'nov', 'november'],
  ['dicembre', 'dic', 'december', 'dec'],
];

function monthOf(word: string): number | null {
  const index = monthNames.findIndex((names) => names.includes(word));
  return index < 0 ? null : index + 1;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  // Two-digit years as people write deadlines: 00–69 this century, 70–99 the last one.
  return year < 70 ? 2000 + year : 1900 + year;
}

/** Lower case without accents or surrounding spaces: how texts are compared. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A day as people type it: `2026-02-05`, `5/2/2026`, `05-02-26`, `05.02.2026`,
 * `5 febbraio 2026` (or `5 feb 2026`, also in English), or an Excel serial number.
 */
export function parseDayText(text: string): string | null {
  const folded = foldText(text).replace(
    /^(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica),?\s+/,
    '',
  );
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/.exec(folded);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(folded);
  if (numeric) return isoOf(fullYear(numeric[3] ?? ''), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})(?:°|º)?[\s.-]+([a-z]+)\.?[\s.-]+(\d{2}|\d{4})$/.exec(folded);
  if (named) {
    const month = monthOf(named[2] ?? '');
    return month === null ? null : isoOf(fullYear(named[3] ?? ''), month, Number(named[1]));
  }
  if (/^\d{5}(\.\d+)?$/.test(folded)) return excelSerialToIsoDate(Number(folded));
  return null;
}

/**
 * A number as people type it: `12`, `12,5`, `1.234,5`, `1,234.5`, `-3`. A single dot followed
 * by exactly three digits is read as an Italian thousands separator (`1.234` is 1234).
 */
export function parseNumberText(text: string): number | null {
  const compact = text.replace(/[\s\u00a0']/g, '').replace(/^\+/, '');
  if (!/^-?[\d.,]+$/.test(compact) || !/\d/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalized = compact.replaceAll(thousands, '').replace(decimal, '.');
  } else if (lastComma >= 0) {
    normalized = /^-?\d{1,3}(,\d{3}){2,}$/.test(compact)
      ? compact.replaceAll(',', '')
      : compact.replace(',', '.');
  } else if (/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(compact)) {
    normalized = compact.replaceAll('.', '');
  } else {
    normalized = compact;
  }
  if ((normalized.match(/[.,]/g) ?? []).length > 1) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

// One or more apostrophes, then a character that starts a formula (see spreadsheet/formulaSafe).
const guardedFormula = /^'+[=+\-@\t\r\n]/;

/**
 * A CSV field without the guard apostrophe that keeps a text starting like a formula from being
 * evaluated (Regia's own CSV export writes one): it is removed once, so texts do not collect
 * apostrophes round trip after round trip. Typed cells (xlsx, ods) never carry the guard.
 */
export function unguardCsvText(text: string): string {
  return guardedFormula.test(text) ? text.slice(1) : text;
}

/** The text of a cell as the person wrote it. */
export function cellText(cell: GridCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  switch (cell.kind) {
    case 'date':
      return cell.value;
    case 'percent':
      return String(cell.value);
    case 'formula':
      return cell.cached === null ? '' : String(cell.cached);
  }
}

/** Whether a cell is empty or only spaces. */
export function isEmptyCell(cell: GridCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A day from any cell: a date-formatted cell, an Excel serial number, or a typed text. */
export function parseDayCell(cell: GridCell): Parsed<string> {
  if (isEmptyCell(cell)) return { ok: true, value: null };
  if (typeof cell === 'object' && cell !== null) {
    if (cell.kind === 'formula') return { ok: false, problem: 'formula' };
    if (cell.kind === 'date') return { ok: true, value: cell.value };
    return { ok: false, problem: 'invalidDate' };
  }
  const day = typeof cell === 'number' ? excelSerialToIsoDate(cell) : parseDayText(String(cell));
  return day === null ? { ok: false, problem: 'invalidDate' } : { ok: true, value: day };
}

/** A number from any cell, with decimal comma and thousands separators understood. */
export function parseNumberCell(cell: GridCell): Parsed<number> {
  if (isEmptyCell(cell)) return { ok: true, value: null };
  if (typeof cell === 'number') return { ok: true, value: cell };
  if (typeof cell === 'object' && cell !== null) {
    if (cell.kind === 'formula') return { ok: false, problem: 'formula' };
    if (cell.kind === 'percent') return { ok: true, value: cell.value * 100 };
    return { ok: false, problem: 'invalidNumber' };
  }
  const value = typeof cell === 'string' ? parseNumberText(cell) : null;
  return value === null ? { ok: false, problem: 'invalidNumber' } : { ok: true, value };
}

/**
 * A percentage as people write it: `40`, `40%`, `0,4`, or a cell formatted as a percentage.
 * A number strictly between 0 and 1 is a fraction (0.4 is 40%); 1 stays 1%.
 */
export function parsePercentCell(cell: GridCell): Parsed<number> {
  if (isEmptyCell(cell)) return { ok: true, value: null };
  if (typeof cell === 'object' && cell !== null) {
    if (cell.kind === 'formula') return { ok: false, problem: 'formula' };
    if (cell.kind === 'percent') return { ok: true, value: cell.value * 100 };
    return { ok: false, problem: 'invalidPercent' };
  }
  let value: number | null;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    const text = cell.trim();
    const percent = text.endsWith('%');
    value = parseNumberText(percent ? text.slice(0, -1) : text);
    if (percent && value !== null) return { ok: true, value };
  } else value = null;
  if (value === null) return { ok: false, problem: 'invalidPercent' };
  return { ok: true, value: value > 0 && value < 1 ? value * 100 : value };
}
