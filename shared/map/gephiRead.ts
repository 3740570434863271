import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { unguardCsvText } from '../exchange';
import { spreadsheetLimits } from '../exchange/limits';
import { listZipEntries, verifyZipEntries } from '../exchange/zipDirectory';
import { checkCsvBounds } from '../spreadsheet/csvBounds';
import { locales, translate } from '../i18n';
import {
  headerKey,
  maxMapWorkbookBytes,
  readKumuTables,
  sheetTableOf,
  type KumuTables,
  type SheetRow,
  type SheetTable,
} from './kumuRead';
import { derivedTag, kumuSheetNames } from './kumuWorkbook';
import { nameKey } from './labelLookup';
import { derivedLinkOrigins } from './mapTypes';

/** The node table and the edge table of Gephi's spreadsheet import, as read; either may be missing. */
export type GephiTables = { nodes: SheetTable | null; edges: SheetTable | null };

/** A Gephi column the planner knows under its Kumu name: the file's header, the planner's header. */
type Rename = readonly [gephi: string, kumu: string];

/** Node columns: `Id` and `Label` are Kumu's `ID` and `Label` already; Regia's own attributes follow. */
const nodeRenames: readonly Rename[] = [
  ['Id', 'ID'],
  ['Tipo', 'Type'],
  ['Ruolo', 'Ruolo nella rete'],
];

/** Edge columns: Gephi's `Type` is the direction, its `Label` what Regia calls the kind. */
const edgeRenames: readonly Rename[] = [
  ['Id', 'ID'],
  ['Source', 'From'],
  ['Target', 'To'],
  ['Type', 'Direction'],
  ['Label', 'Type'],
  ['Weight', 'Strength'],
];

/** Names of the derived origins in either language, as Regia's edge table writes them. */
const derivedOriginNames = new Set(
  derivedLinkOrigins.flatMap((origin) => [
    nameKey(origin),
    ...locales.map((locale) => nameKey(translate(locale, `map.origin.${origin}`))),
  ]),
);

/** Which table a header row makes a file: edges name their ends, nodes start with an id or a label. */
function tableKind(table: SheetTable): keyof GephiTables | null {
  if (table.columns.has('source') && table.columns.has('target')) return 'edges';
  if (table.columns.has('id') || table.columns.has('label')) return 'nodes';
  return null;
}

/** A table with Gephi's headers renamed to the planner's, and the file's headers kept for messages. */
function asPlannerTable(table: SheetTable, renames: readonly Rename[], name: string): SheetTable {
  const present = renames.filter(([gephi]) => table.columns.has(headerKey(gephi)));
  const byFileKey = new Map(present.map(([gephi, kumu]) => [headerKey(gephi), headerKey(kumu)]));
  const plannerKeys = new Set(byFileKey.values());
  const renameRow = (row: SheetRow): SheetRow => {
    const cells: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row.cells)) {
      const text = typeof value === 'string' ? unguardCsvText(value) : value;
      const renamed = byFileKey.get(key);
      if (renamed !== undefined) cells[renamed] = text;
      // A column of the file that holds another meaning under the planner's name is left out.
      else if (!plannerKeys.has(key)) cells[key] = text;
    }
    const origin = typeof cells.origine === 'string' ? nameKey(cells.origine) : '';
    if (derivedOriginNames.has(origin)) cells.tags = derivedTag;
    return { row: row.row, cells };
  };
  const columns = new Set(
    [...table.columns].map((key) => byFileKey.get(key) ?? key).filter((key) => key !== ''),
  );
  if (table.columns.has('origine')) columns.add('tags');
  return {
    name,
    columns,
    rows: table.rows.map(renameRow),
    headings: Object.fromEntries(present.map(([gephi, kumu]) => [kumu, gephi])),
  };
}

/** The rows of a CSV text, every cell as written: Gephi's and Regia's tables use `,`, others `;` or tabs. */
function csvTable(text: string): SheetTable | null {
  checkCsvBounds(text, spreadsheetLimits);
  const workbook = XLSX.read(text.replace(/^\uFEFF/, ''), { type: 'string', raw: true });
  const first = workbook.SheetNames[0];
  const sheet = first === undefined ? undefined : workbook.Sheets[first];
  return sheet ? sheetTableOf(sheet).table : null;
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The CSV files in a zip archive, or in the file itself; none when a zip holds no CSV (a workbook). */
function csvFilesOf(name: string, bytes: Uint8Array): { name: string; text: string }[] {
  if (!isZip(bytes)) return [{ name, text: strFromU8(bytes) }];
  // Entries and inflated sizes checked (counted while inflating) before anything is unpacked.
  verifyZipEntries(bytes, listZipEntries(bytes, spreadsheetLimits));
  try {
    const files = unzipSync(bytes, { filter: (file) => /\.(csv|tsv|txt)$/i.test(file.name) });
    return Object.entries(files).map(([path, content]) => ({
      name: path.split('/').pop() ?? path,
      text: strFromU8(content),
    }));
  } catch {
    return [];
  }
}

/**
 * Reads Gephi's node and edge tables from a CSV file or a zip of CSV files (as Regia exports
 * them, or as Gephi's Data Laboratory writes them: `Id,Label,…` and `Source,Target,Type,…`),
 * each found by its header row; null when the file holds neither.
 */
export function readGephiTables(name: string, bytes: Uint8Array): GephiTables | null {
  if (bytes.byteLength === 0 || bytes.byteLength > maxMapWorkbookBytes) return null;
  const tables: GephiTables = { nodes: null, edges: null };
  for (const file of csvFilesOf(name, bytes)) {
    const table = csvTable(file.text);
    const kind = table ? tableKind(table) : null;
    if (!table || !kind || tables[kind]) continue;
    tables[kind] = asPlannerTable(table, kind === 'nodes' ? nodeRenames : edgeRenames, file.name);
  }
  return tables.nodes || tables.edges ? tables : null;
}

/** The tables of a second file added to the first: a table the second holds replaces the first's. */
export function withGephiTables(first: GephiTables, second: GephiTables): GephiTables {
  return { nodes: second.nodes ?? first.nodes, edges: second.edges ?? first.edges };
}

const emptyTable = (name: string): SheetTable => ({ name, columns: new Set(), rows: [] });

/** Gephi's tables as the tables the map import plans from: the same review as a Kumu workbook. */
export function gephiPlannerTables(tables: GephiTables): KumuTables {
  return {
    elements: tables.nodes ?? emptyTable(kumuSheetNames.elements),
    connections: tables.edges ?? emptyTable(kumuSheetNames.connections),
  };
}

/** A map file as read: a Kumu workbook, or one or both of Gephi's tables. */
export type MapFile =
  { format: 'kumu'; tables: KumuTables } | { format: 'gephi'; gephi: GephiTables };

/** Reads a map file by its content: CSV or zip of CSV as Gephi's tables, a workbook as Kumu's; null when neither. */
export function readMapFile(name: string, bytes: Uint8Array): MapFile | null {
  const gephi = /\.(csv|tsv|txt|zip)$/i.test(name) ? readGephiTables(name, bytes) : null;
  if (gephi) return { format: 'gephi', gephi };
  const tables = readKumuTables(bytes);
  return tables ? { format: 'kumu', tables } : null;
}
