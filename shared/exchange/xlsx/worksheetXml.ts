import { startsLikeFormula } from '../../spreadsheet/formulaSafe';
import { fixedStyles, styleOf } from './styles';
import type {
  ColumnSpec,
  ColumnValidation,
  TableSheetSpec,
  TextSheetSpec,
  WorkbookCell,
} from './workbookSpec';
import { cellReference, cellTextXml, columnLetters, element, escapeXml } from './xmlText';

const worksheetOpening =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const excelEpoch = Date.UTC(1899, 11, 30);
const dayMilliseconds = 86_400_000;

/** A `yyyy-MM-dd` day as an Excel date serial number, or null when it is not a real day. */
export function excelSerialOfDay(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, date);
  if (new Date(time).getUTCDate() !== date) return null;
  return Math.round((time - excelEpoch) / dayMilliseconds);
}

function textCellXml(reference: string, text: string, style: number): string {
  // An inline string is text to every spreadsheet program: it is shown, never evaluated.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}" s="${style}" t="inlineStr"><is><t${space}>${cellTextXml(text)}</t></is></c>`;
}

function cellXml(
  column: ColumnSpec,
  columnIndex: number,
  row: number,
  value: WorkbookCell,
): string {
  const reference = cellReference(columnIndex, row);
  // An empty cell takes its column's style: where the column is open only for new rows, the
  // written rows keep an explicit locked cell.
  const empty =
    column.openForNewRows === true
      ? `<c r="${reference}" s="${styleOf(column.format, false, false)}"/>`
      : '';
  if (value === null) return empty;
  if (typeof value === 'string') {
    if (value === '') return empty;
    const style = styleOf(column.format, column.editable, startsLikeFormula(value));
    return textCellXml(reference, value, style);
  }
  const format = typeof value === 'object' && 'format' in value ? value.format : column.format;
  const number =
    typeof value === 'number'
      ? value
      : 'date' in value
        ? excelSerialOfDay(value.date)
        : value.number;
  if (number === null || !Number.isFinite(number)) return '';
  return `<c r="${reference}" s="${styleOf(format, column.editable, false)}"><v>${number}</v></c>`;
}

function sheetView(frozenHeader: boolean, selected: boolean): string {
  const pane = frozenHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  return `<sheetViews>${element('sheetView', { tabSelected: selected ? 1 : undefined, workbookViewId: 0 }, pane)}</sheetViews>`;
}

type InputMessage = ColumnSpec['inputMessage'];

/**
 * A spreadsheet formula true for an e-mail address in `cell` (the range's first cell: the
 * program shifts it down the range): one @ not at the start, no space, a dot at least one
 * character after the @, not at the end. FIND rather than SEARCH, whose wildcards and (in
 * LibreOffice) regular expressions would read the dot as any character. Regia's own check on
 * import stays the stricter one.
 */
export function emailFormula(cell: string): string {
  const conditions = [
    `LEN(${cell})-LEN(SUBSTITUTE(${cell},"@",""))=1`,
    `ISERROR(FIND(" ",${cell}))`,
    `FIND("@",${cell})>1`,
    `ISNUMBER(FIND(".",${cell},FIND("@",${cell})+2))`,
    `RIGHT(${cell},1)<>"."`,
  ];
  // Without an @ the FINDs give an error, which a program may show as such: it is a plain no.
  return `IFERROR(AND(${conditions.join(',')}),FALSE)`;
}

function validationXml(
  validation: ColumnValidation | undefined,
  inputMessage: InputMessage,
  range: string,
): string {
  const common = {
    allowBlank: 1,
    showInputMessage: 1,
    showErrorMessage: validation ? 1 : undefined,
    // Excel limits an input message to 32 characters of title and 255 of text.
    promptTitle: inputMessage?.title.slice(0, 32),
    prompt: inputMessage?.text.slice(0, 255),
    sqref: range,
  };
  if (!validation) return element('dataValidation', { type: 'none', ...common }, '');
  switch (validation.kind) {
    case 'list':
      return element(
        'dataValidation',
        {
          type: 'list',
          ...common,
          errorTitle: 'Valore non ammesso',
          error: 'Scegli un valore dall’elenco (vedi il foglio Legenda).',
        },
        `<formula1>${escapeXml(`"${validation.values.join(',')}"`)}</formula1>`,
      );
    case 'whole':
      return element(
        'dataValidation',
        {
          type: 'whole',
          operator: 'between',
          ...common,
          errorTitle: 'Numero non valido',
          error: `Scrivi un numero intero da ${validation.min} a ${validation.max}.`,
        },
        `<formula1>${validation.min}</formula1><formula2>${validation.max}</formula2>`,
      );
    case 'decimal':
      if (validation.max !== undefined)
        return element(
          'dataValidation',
          {
            type: 'decimal',
            operator: 'between',
            ...common,
            errorTitle: 'Numero non valido',
            error: `Scrivi un numero da ${validation.min} a ${validation.max}.`,
          },
          `<formula1>${validation.min}</formula1><formula2>${validation.max}</formula2>`,
        );
      return element(
        'dataValidation',
        {
          type: 'decimal',
          operator: 'greaterThanOrEqual',
          ...common,
          errorTitle: 'Numero non valido',
          error: `Scrivi un numero maggiore o uguale a ${validation.min}.`,
        },
        `<formula1>${validation.min}</formula1>`,
      );
    case 'date':
      return element(
        'dataValidation',
        {
          type: 'date',
          operator: 'greaterThan',
          ...common,
          errorTitle: 'Data non valida',
          error: 'Scrivi una data nel formato gg/mm/aaaa.',
        },
        // 36526 is 1 January 2000: any real deadline comes after it.
        '<formula1>36526</formula1>',
      );
    case 'email':
      return element(
        'dataValidation',
        {
          type: 'custom',
          ...common,
          errorTitle: 'Email non valida',
          error: 'Scrivi un indirizzo email come nome@dominio.it, senza spazi.',
        },
        `<formula1>${escapeXml(emailFormula(range.split(':')[0] ?? 'A2'))}</formula1>`,
      );
  }
}

/** How a sheet is printed: landscape, as wide as one page, and whether it is protected. */
type SheetSettings = { selected: boolean; protect: boolean };

// Fit to one page wide and as many tall as needed: a sheet is never cut into vertical slices.
const pageSetupProperties = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
const printSetup = [
  '<printOptions gridLines="1"/>',
  '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
  '<headerFooter><oddFooter>&amp;L&amp;A&amp;Rpag. &amp;P di &amp;N</oddFooter></headerFooter>',
].join('');

// No password: the protection keeps a person from typing over an ID or a header by accident.
// Columns and rows may still be resized, and filters used.
const sheetProtection = element('sheetProtection', {
  sheet: 1,
  objects: 1,
  scenarios: 1,
  formatColumns: 0,
  formatRows: 0,
  autoFilter: 0,
});

/**
 * The worksheet part of a table sheet: frozen header, widths, tinted and unlocked editable
 * columns, validations with input messages (on the exported rows and the blank rows below them
 * that take additions; none at all on a sheet with no row, whose range would run backwards),
 * print setup and protection.
 */
export function tableSheetXml(sheet: TableSheetSpec, settings: SheetSettings): string {
  const lastRow = Math.max(sheet.rows.length + 1, sheet.editableRows ?? 0);
  const lastColumn = columnLetters(Math.max(sheet.columns.length - 1, 0));
  const columns = sheet.columns
    .map((column, index) =>
      element('col', {
        min: index + 1,
        max: index + 1,
        width: column.width,
        customWidth: 1,
        style: styleOf(column.format, column.editable || column.openForNewRows === true, false),
      }),
    )
    .join('');
  const header = sheet.columns
    .map((column, index) => textCellXml(cellReference(index, 1), column.header, fixedStyles.header))
    .join('');
  const rows = sheet.rows.map((cells, rowIndex) => {
    const row = rowIndex + 2;
    const content = sheet.columns
      .map((column, index) => cellXml(column, index, row, cells[index] ?? null))
      .join('');
    return `<row r="${row}">${content}</row>`;
  });
  const validations =
    lastRow < 2
      ? []
      : sheet.columns.flatMap((column, index) =>
          column.editable && (column.validation || column.inputMessage)
            ? [
                validationXml(
                  column.validation,
                  column.inputMessage,
                  `${columnLetters(index)}2:${columnLetters(index)}${lastRow}`,
                ),
              ]
            : [],
        );
  const lastDataRow = sheet.rows.length + 1;
  return [
    worksheetOpening,
    pageSetupProperties,
    `<dimension ref="A1:${lastColumn}${lastDataRow}"/>`,
    sheetView(true, settings.selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${columns}</cols>`,
    `<sheetData><row r="1" ht="32" customHeight="1">${header}</row>${rows.join('')}</sheetData>`,
    settings.protect ? sheetProtection : '',
    sheet.autoFilter === true ? `<autoFilter ref="A1:${lastColumn}${lastDataRow}"/>` : '',
    validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
      : '',
    printSetup,
    '</worksheet>',
  ].join('');
}

/** The worksheet part of a text sheet such as the instructions. */
export function textSheetXml(sheet: TextSheetSpec, settings: SheetSettings): string {
  const rows = sheet.lines.map((line, index) => {
    const row = index + 1;
    const height = line.style === 'title' ? ' ht="24" customHeight="1"' : '';
    const cell =
      line.text === ''
        ? ''
        : textCellXml(cellReference(0, row), line.text, fixedStyles[line.style]);
    return `<row r="${row}"${height}>${cell}</row>`;
  });
  return [
    worksheetOpening,
    pageSetupProperties,
    `<dimension ref="A1:A${Math.max(sheet.lines.length, 1)}"/>`,
    sheetView(false, settings.selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${element('col', { min: 1, max: 1, width: sheet.width, customWidth: 1 })}</cols>`,
    `<sheetData>${rows.join('')}</sheetData>`,
    settings.protect ? sheetProtection : '',
    printSetup,
    '</worksheet>',
  ].join('');
}
