import { strToU8, zipSync } from 'fflate';
import { stylesXml } from './styles';
import type { WorkbookSpec } from './workbookSpec';
import { tableSheetXml, textSheetXml } from './worksheetXml';
import { columnLetters, element, escapeXml } from './xmlText';

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const relationshipType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
}

function packageRelationshipsXml(): string {
  return `${xmlDeclaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipType}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
}

function coreXml(title: string): string {
  return `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>Regia</dc:creator></cp:coreProperties>`;
}

/** A sheet name as a formula reference: quoted, with its apostrophes doubled. */
function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

// Each table sheet prints its header row on every page; a filtered one names its filter range.
function definedNamesXml(spec: WorkbookSpec): string {
  const names = spec.sheets.flatMap((sheet, index) => {
    if (sheet.kind !== 'table' || sheet.hidden === true) return [];
    const sheetReference = quotedSheetName(sheet.name);
    const printTitles = element(
      'definedName',
      { name: '_xlnm.Print_Titles', localSheetId: index },
      escapeXml(`${sheetReference}!$1:$1`),
    );
    if (sheet.autoFilter !== true) return [printTitles];
    const lastColumn = columnLetters(Math.max(sheet.columns.length - 1, 0));
    const filter = element(
      'definedName',
      { name: '_xlnm._FilterDatabase', localSheetId: index, hidden: 1 },
      escapeXml(`${sheetReference}!$A$1:$${lastColumn}$${sheet.rows.length + 1}`),
    );
    // Excel wants the defined names sorted by name within the workbook.
    return [filter, printTitles];
  });
  return names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
}

function workbookXml(spec: WorkbookSpec): string {
  const sheets = spec.sheets
    .map((sheet, index) =>
      element('sheet', {
        name: sheet.name,
        sheetId: index + 1,
        // Very hidden: no "Show sheet" menu brings Regia's bookkeeping back into view.
        state: sheet.kind === 'table' && sheet.hidden === true ? 'veryHidden' : undefined,
        'r:id': `rId${index + 1}`,
      }),
    )
    .join('');
  return `${xmlDeclaration}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${relationshipType}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${definedNamesXml(spec)}</workbook>`;
}

function workbookRelationshipsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${relationshipType}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  ).join('');
  return `${xmlDeclaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}<Relationship Id="rId${sheetCount + 1}" Type="${relationshipType}/styles" Target="styles.xml"/></Relationships>`;
}

/**
 * Writes an xlsx file: the one writer of every workbook Regia makes (partner workbooks, roster,
 * actions and report exports). Regia writes its own OOXML rather than through SheetJS because
 * partners need a frozen header, tinted unlocked input columns on protected sheets, drop-down
 * lists with input messages and a very hidden sheet: SheetJS's community edition writes sheet
 * protection (`!protect`) but no cell styles, so it cannot unlock a cell, and it writes neither
 * data validations nor print titles. Every text goes into an inline string cell: no cell is
 * ever a formula.
 */
export function writeXlsx(spec: WorkbookSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypesXml(spec.sheets.length)),
    '_rels/.rels': strToU8(packageRelationshipsXml()),
    'docProps/core.xml': strToU8(coreXml(spec.title)),
    'xl/workbook.xml': strToU8(workbookXml(spec)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRelationshipsXml(spec.sheets.length)),
    'xl/styles.xml': strToU8(stylesXml()),
  };
  spec.sheets.forEach((sheet, index) => {
    const settings = { selected: index === 0, protect: spec.protect === true };
    const xml =
      sheet.kind === 'table' ? tableSheetXml(sheet, settings) : textSheetXml(sheet, settings);
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(xml);
  });
  return zipSync(files, { level: 6 });
}
