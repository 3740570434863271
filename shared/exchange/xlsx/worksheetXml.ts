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
  if (value === null) return '';
  if (typeof value === 'string') {
    if (value === '') return '';
    const style = styleOf(column.format, column.editable, startsLikeFormula(value));
    return textCellXml(reference, value, style);
  }
  const number = typeof value === 'number' ? value : excelSerialOfDay(value.date);
  if (number === null || !Number.isFinite(number)) return '';
  return `<c r="${reference}" s="${styleOf(column.format, column.editable, false)}"><v>${number}</v></c>`;
}

function sheetView(frozenHeader: boolean, selected: boolean): string {
  const pane = frozenHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  return `<sheetViews>${element('sheetView', { tabSelected: selected ? 1 : undefined, workbookViewId: 0 }, pane)}</sheetViews>`;
}

function validationXml(validation: ColumnValidation, range: string): string {
  const common = { allowBlank: 1, showInputMessage: 1, showErrorMessage: 1, sqref: range };
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
  }
}

/** The worksheet part of a table sheet: frozen header, widths, tinted editable columns, validations. */
export function tableSheetXml(sheet: TableSheetSpec, selected: boolean): string {
  const lastRow = Math.max(sheet.rows.length + 1, sheet.editableRows ?? 0);
  const lastColumn = columnLetters(Math.max(sheet.columns.length - 1, 0));
  const columns = sheet.columns
    .map((column, index) =>
      element('col', {
        min: index + 1,
        max: index + 1,
        width: column.width,
        customWidth: 1,
        style: styleOf(column.format, column.editable, false),
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
  const validations = sheet.columns.flatMap((column, index) =>
    column.validation && column.editable
      ? [
          validationXml(
            column.validation,
            `${columnLetters(index)}2:${columnLetters(index)}${lastRow}`,
          ),
        ]
      : [],
  );
  return [
    worksheetOpening,
    `<dimension ref="A1:${lastColumn}${sheet.rows.length + 1}"/>`,
    sheetView(true, selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${columns}</cols>`,
    `<sheetData><row r="1" ht="32" customHeight="1">${header}</row>${rows.join('')}</sheetData>`,
    validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
      : '',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ].join('');
}

/** The worksheet part of a text sheet such as the instructions. */
export function textSheetXml(sheet: TextSheetSpec, selected: boolean): string {
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
    `<dimension ref="A1:A${Math.max(sheet.lines.length, 1)}"/>`,
    sheetView(false, selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${element('col', { min: 1, max: 1, width: sheet.width, customWidth: 1 })}</cols>`,
    `<sheetData>${rows.join('')}</sheetData>`,
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ].join('');
}
