import * as XLSX from 'xlsx';
import { translate, type Locale } from '../i18n';
import { numberCell, textCell, type SafeCell } from '../spreadsheet/formulaSafe';
import { xlsxBytes } from '../spreadsheet/safeWorkbook';
import type { MapEdge, MapModel, MapNode } from './mapTypes';
import { worksheetOf } from './sheetCells';

/** The columns of the elements sheet: Kumu's own first, then Regia's custom fields. */
export const kumuElementColumns = [
  'ID',
  'Label',
  'Type',
  'Description',
  'Tags',
  'Provincia',
  'Comune',
  'Ruolo nella rete',
  'Azioni',
] as const;

/** The columns of the connections sheet: Kumu's own first, then Regia's custom fields. */
export const kumuConnectionColumns = [
  'ID',
  'From',
  'To',
  'Type',
  'Description',
  'Tags',
  'Strength',
  'Direction',
  'Dal',
  'Al',
] as const;

/** The tag that marks a connection Regia derived from shared work: it is recomputed, never imported. */
export const derivedTag = 'derivato';

export const kumuSheetNames = { elements: 'Elements', connections: 'Connections' } as const;

function elementRow(node: MapNode, locale: Locale): SafeCell[] {
  return [
    textCell(node.id),
    textCell(node.label),
    textCell(translate(locale, `enum.organizationType.${node.type}`)),
    textCell(node.notes),
    textCell(node.areasOfWork.join('|')),
    textCell(node.provincia),
    textCell(node.comune),
    textCell(node.role ? translate(locale, `enum.membershipRole.${node.role}`) : ''),
    numberCell(node.actionCount),
  ];
}

function connectionRow(edge: MapEdge, locale: Locale): SafeCell[] {
  const derived = edge.origin !== 'relationship';
  return [
    textCell(edge.id),
    textCell(edge.source),
    textCell(edge.target),
    textCell(
      edge.kind
        ? translate(locale, `enum.relationshipKind.${edge.kind}`)
        : translate(locale, `map.origin.${edge.origin}`),
    ),
    textCell(
      edge.origin === 'relationship'
        ? edge.notes
        : translate(locale, `map.derivedCount.${edge.origin}`, { count: edge.weight }),
    ),
    textCell(derived ? derivedTag : ''),
    numberCell(edge.weight),
    textCell(edge.directed ? 'directed' : 'undirected'),
    textCell(edge.from ?? ''),
    textCell(edge.to ?? ''),
  ];
}

/** The rows of the two sheets, header first. */
export function kumuSheetRows(
  model: MapModel,
  locale: Locale,
): { elements: SafeCell[][]; connections: SafeCell[][] } {
  return {
    elements: [
      kumuElementColumns.map(textCell),
      ...model.nodes.map((node) => elementRow(node, locale)),
    ],
    connections: [
      kumuConnectionColumns.map(textCell),
      ...model.edges.map((edge) => connectionRow(edge, locale)),
    ],
  };
}

/**
 * The map as an xlsx workbook Kumu imports: an elements sheet (ID, Label, Type, …) and a
 * connections sheet (ID, From, To, …, Strength) whose From and To hold the elements' IDs.
 */
export function writeKumuWorkbook(model: MapModel, locale: Locale): Uint8Array {
  const rows = kumuSheetRows(model, locale);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    worksheetOf(rows.elements, [38, 40, 28, 40, 40, 10, 24, 18, 8]),
    kumuSheetNames.elements,
  );
  XLSX.utils.book_append_sheet(
    workbook,
    worksheetOf(rows.connections, [38, 38, 38, 24, 40, 10, 10, 12, 12, 12]),
    kumuSheetNames.connections,
  );
  return xlsxBytes(workbook);
}
