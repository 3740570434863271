/**
 * Formula-safe spreadsheet writing (DESIGN.md, "Exports never let a cell start a formula").
 *
 * In xlsx every text goes into a string cell (`t: 's'`, a shared string): Excel and LibreOffice
 * show a string cell as text and never evaluate it, so the text is kept exactly as written,
 * with no apostrophe added. Only a cell object with an `f` property is a formula, and these
 * helpers never produce one.
 *
 * CSV has no cell types: a program opening it evaluates any field that starts like a formula.
 * There a leading apostrophe is the guard spreadsheet programs themselves use for "this is text"
 * (OWASP, CSV injection), and the field is always quoted.
 */

/** The characters that make a spreadsheet program read a typed text as a formula. */
export const formulaTriggers: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/** Whether a text would be read as a formula if a person typed it or a CSV reader met it. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && formulaTriggers.includes(text.charAt(0));
}

/** A text cell of a SheetJS worksheet: always a string, never a formula. */
export type TextCell = { t: 's'; v: string };

/** A number cell, optionally with a display format such as `dd/mm/yyyy` or `0%`. */
export type NumberCell = { t: 'n'; v: number; z?: string };

/** A cell Regia writes into an exported worksheet. */
export type SafeCell = TextCell | NumberCell;

/** A text as a string cell, whatever it starts with. */
export function textCell(text: string): TextCell {
  return { t: 's', v: text };
}

/** A finite number as a number cell; anything else as an empty text. */
export function numberCell(value: number, format?: string): SafeCell {
  if (!Number.isFinite(value)) return textCell('');
  return format === undefined ? { t: 'n', v: value } : { t: 'n', v: value, z: format };
}

const excelEpochDays = Date.UTC(1899, 11, 30) / 86_400_000;

/**
 * A calendar day (`yyyy-MM-dd`) as an Excel date serial number shown as `dd/mm/yyyy`, computed
 * in UTC from the digits so that no time zone shifts it; an empty text when there is no day.
 */
export function dayCell(day: string | null, format = 'dd/mm/yyyy'): SafeCell {
  const match = day === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return textCell('');
  const days = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
  return numberCell(days - excelEpochDays, format);
}

// Apostrophes already in front of a formula character get one more, so that the reader, which
// removes exactly one (exchange/cellValues `unguardCsvText`), gives back the text as written.
const needsCsvGuard = /^'*[=+\-@\t\r\n]/;

/** A text as a CSV field that no spreadsheet program evaluates: quoted, with a guard apostrophe when needed. */
export function csvField(text: string): string {
  const guarded = needsCsvGuard.test(text) ? `'${text}` : text;
  return `"${guarded.replaceAll('"', '""')}"`;
}
