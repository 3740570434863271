import { z } from 'zod';
import { cellText, foldText, isEmptyCell } from './cellValues';
import type { Grid, GridCell, GridSheet, SpreadsheetFormat } from './grid';
import {
  dataSheetKeys,
  headerSpellings,
  idHeader,
  partnerFields,
  partnerSheetNames,
  revisionHeader,
  type DataSheetKey,
} from './partnerFormat';
import { SpreadsheetError } from './problems';

/** A row of a returned data sheet: where it is, its ID, and its cells by field. */
export type ReturnedRow = {
  /** The row number a person sees in the spreadsheet program (header is 1). */
  rowNumber: number;
  id: string | null;
  cells: Map<string, GridCell>;
};

/** A data sheet of a returned workbook. */
export type ReturnedSheet = {
  key: DataSheetKey;
  name: string;
  /** The header text found for each field, as the partner's file spells it. */
  headers: Map<string, string>;
  idHeader: string | null;
  rows: ReturnedRow[];
};

/** What the hidden sheet says about the export the workbook came from. */
export type ReturnedMeta = {
  formatVersion: number;
  batchId: string;
  networkId: string;
  partnerId: string;
  partnerName: string;
  /** Row hashes by `sheet:id`. */
  hashes: Map<string, string>;
};

/** A returned partner workbook, read but not yet compared with anything. */
export type ReturnedWorkbook = {
  format: SpreadsheetFormat;
  meta: ReturnedMeta | null;
  sheets: ReturnedSheet[];
};

const idSpellings = headerSpellings(idHeader, 'id');
const revisionSpellings = headerSpellings(revisionHeader, 'rev');

function sheetKeyByName(name: string): DataSheetKey | null {
  const folded = foldText(name);
  return (
    dataSheetKeys.find((key) => foldText(partnerSheetNames[key]) === folded || key === folded) ??
    null
  );
}

type ColumnMap = {
  fields: Map<string, { index: number; header: string }>;
  idIndex: number | null;
  idHeader: string | null;
};

function mapColumns(key: DataSheetKey, header: readonly GridCell[]): ColumnMap {
  const fields = new Map<string, { index: number; header: string }>();
  let idIndex: number | null = null;
  let foundIdHeader: string | null = null;
  header.forEach((cell, index) => {
    const text = cellText(cell).trim();
    const folded = foldText(text);
    if (folded === '') return;
    if (idSpellings.includes(folded) && idIndex === null) {
      idIndex = index;
      foundIdHeader = text;
      return;
    }
    if (revisionSpellings.includes(folded)) return;
    const field = partnerFields[key].find((candidate) =>
      headerSpellings(candidate.header, candidate.key).includes(folded),
    );
    if (field && !fields.has(field.key)) fields.set(field.key, { index, header: text });
  });
  return { fields, idIndex, idHeader: foundIdHeader };
}

function headerRowIndex(sheet: GridSheet): number {
  return sheet.rows.findIndex((row) => row.some((cell) => !isEmptyCell(cell)));
}

function guessSheetKey(sheet: GridSheet): DataSheetKey | null {
  const index = headerRowIndex(sheet);
  if (index < 0) return null;
  const header = sheet.rows[index] ?? [];
  let best: { key: DataSheetKey; matches: number } | null = null;
  for (const key of dataSheetKeys) {
    const columns = mapColumns(key, header);
    const editable = partnerFields[key].filter(
      (field) => field.editable && columns.fields.has(field.key),
    ).length;
    if (
      columns.idIndex !== null &&
      editable >= 2 &&
      (!best || columns.fields.size > best.matches)
    ) {
      best = { key, matches: columns.fields.size };
    }
  }
  return best?.key ?? null;
}

function readDataSheet(sheet: GridSheet, key: DataSheetKey): ReturnedSheet {
  const headerIndex = Math.max(headerRowIndex(sheet), 0);
  const columns = mapColumns(key, sheet.rows[headerIndex] ?? []);
  const rows: ReturnedRow[] = [];
  sheet.rows.forEach((row, index) => {
    if (index <= headerIndex || row.every(isEmptyCell)) return;
    const cells = new Map<string, GridCell>();
    for (const [field, column] of columns.fields) cells.set(field, row[column.index] ?? null);
    const idText = columns.idIndex === null ? '' : cellText(row[columns.idIndex] ?? null).trim();
    rows.push({ rowNumber: index + 1, id: idText === '' ? null : idText, cells });
  });
  const headers = new Map([...columns.fields].map(([field, column]) => [field, column.header]));
  return { key, name: sheet.name, headers, idHeader: columns.idHeader, rows };
}

const metaSchema = z.object({
  formatVersion: z.coerce.number().int().positive(),
  batchId: z.uuid(),
  networkId: z.uuid(),
  partnerId: z.uuid(),
  partnerName: z.string(),
});

function readMeta(sheet: GridSheet): ReturnedMeta | null {
  const values = new Map<string, string>();
  const hashes = new Map<string, string>();
  let inHashes = false;
  for (const row of sheet.rows) {
    const [first, second, , fourth] = row.map((cell) => cellText(cell).trim());
    if (first === 'sheet' && second === 'id') {
      inHashes = true;
    } else if (inHashes && first && second && fourth) {
      hashes.set(`${first}:${second}`, fourth);
    } else if (!inHashes && first && second !== undefined) {
      values.set(first, second);
    }
  }
  const parsed = metaSchema.safeParse(
    Object.fromEntries([...values].filter(([name]) => Object.hasOwn(metaSchema.shape, name))),
  );
  return parsed.success ? { ...parsed.data, hashes } : null;
}

/**
 * Reads a grid as a returned partner workbook: the hidden sheet if it survived, and the data
 * sheets found by name or, when renamed or saved as CSV, by their headers. Columns are found
 * by header text in Italian or English whatever their order; a removed column is simply absent.
 */
export function readPartnerWorkbook(grid: Grid): ReturnedWorkbook {
  const metaSheet = grid.sheets.find((sheet) => sheet.name === partnerSheetNames.meta);
  const meta = metaSheet ? readMeta(metaSheet) : null;
  const sheets: ReturnedSheet[] = [];
  for (const sheet of grid.sheets) {
    if (sheet === metaSheet) continue;
    const key = sheetKeyByName(sheet.name) ?? guessSheetKey(sheet);
    if (key && !sheets.some((found) => found.key === key)) sheets.push(readDataSheet(sheet, key));
  }
  if (sheets.length === 0 || sheets.every((sheet) => sheet.idHeader === null)) {
    throw new SpreadsheetError('notPartnerWorkbook');
  }
  if (sheets.every((sheet) => sheet.rows.length === 0)) throw new SpreadsheetError('headersOnly');
  return { format: grid.format, meta, sheets };
}
