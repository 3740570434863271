import type { CellFormat } from './workbookSpec';
import { element } from './xmlText';

const formats: readonly CellFormat[] = [
  'general',
  'text',
  'date',
  'integer',
  'decimal',
  'euro',
  'percent',
  'percentDecimal',
];
const numberFormatIds: Record<CellFormat, number> = {
  general: 0,
  text: 49,
  date: 164,
  integer: 1,
  decimal: 165,
  euro: 166,
  percent: 9,
  percentDecimal: 167,
};
const customNumberFormats: readonly (readonly [number, string])[] = [
  [164, 'dd/mm/yyyy'],
  [165, '#,##0.##'],
  [166, '#,##0.00 "€"'],
  [167, '0.0%'],
];

/** Fixed styles; table cell styles follow them in the order styleOf computes. */
export const fixedStyles = { header: 1, title: 2, heading: 3, body: 4 } as const;
const firstCellStyle = 5;

/**
 * The style index of a table cell: its format, whether it is editable (tinted and unlocked, so a
 * protected sheet still takes input there) and whether Excel must keep it as text when a person
 * edits it (quotePrefix, for texts that start like a formula).
 */
export function styleOf(format: CellFormat, editable: boolean, quotePrefix: boolean): number {
  return firstCellStyle + formats.indexOf(format) * 4 + (editable ? 2 : 0) + (quotePrefix ? 1 : 0);
}

function cellXf(format: CellFormat, editable: boolean, quotePrefix: boolean): string {
  // Texts wrap, so a long title is printed whole instead of cut at the column's edge.
  const alignment = format === 'text' ? element('alignment', { wrapText: 1, vertical: 'top' }) : '';
  const protection = editable ? element('protection', { locked: 0 }) : '';
  return element(
    'xf',
    {
      numFmtId: numberFormatIds[format],
      fontId: 0,
      fillId: editable ? 3 : 0,
      borderId: 0,
      xfId: 0,
      applyNumberFormat: 1,
      applyFill: editable ? 1 : undefined,
      applyAlignment: alignment ? 1 : undefined,
      applyProtection: editable ? 1 : undefined,
      quotePrefix: quotePrefix ? 1 : undefined,
    },
    alignment + protection || undefined,
  );
}

/** The styles part: fonts, fills, the dd/mm/yyyy date format and every cell style. */
export function stylesXml(): string {
  const cellStyles = formats.flatMap((format) =>
    [false, true].flatMap((editable) =>
      [false, true].map((quotePrefix) => cellXf(format, editable, quotePrefix)),
    ),
  );
  const xfs = [
    element('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 }),
    element(
      'xf',
      {
        numFmtId: 0,
        fontId: 1,
        fillId: 2,
        borderId: 1,
        xfId: 0,
        applyFont: 1,
        applyFill: 1,
        applyBorder: 1,
        applyAlignment: 1,
      },
      element('alignment', { wrapText: 1, vertical: 'center' }),
    ),
    element('xf', { numFmtId: 0, fontId: 2, fillId: 0, borderId: 0, xfId: 0, applyFont: 1 }),
    element('xf', { numFmtId: 0, fontId: 3, fillId: 0, borderId: 0, xfId: 0, applyFont: 1 }),
    element(
      'xf',
      { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0, applyAlignment: 1 },
      element('alignment', { wrapText: 1, vertical: 'top' }),
    ),
    ...cellStyles,
  ];
  const font = (size: number, bold: boolean): string =>
    element(
      'font',
      {},
      `${bold ? '<b/>' : ''}<sz val="${size}"/><name val="Calibri"/><family val="2"/>`,
    );
  const solidFill = (rgb: string): string =>
    element(
      'fill',
      {},
      element(
        'patternFill',
        { patternType: 'solid' },
        `<fgColor rgb="${rgb}"/><bgColor indexed="64"/>`,
      ),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<numFmts count="${customNumberFormats.length}">${customNumberFormats
      .map(([id, code]) => element('numFmt', { numFmtId: id, formatCode: code }))
      .join('')}</numFmts>`,
    `<fonts count="4">${font(11, false)}${font(11, true)}${font(14, true)}${font(12, true)}</fonts>`,
    `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${solidFill('FFD9E2F3')}${solidFill('FFFFF4CC')}</fills>`,
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>',
    '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9DB"/></bottom><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`,
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '</styleSheet>',
  ].join('');
}
