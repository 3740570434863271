import { strToU8, zipSync } from 'fflate';
import { translate, type Locale } from '../i18n';
import { csvField } from '../spreadsheet/formulaSafe';
import type { MapMeasures } from './measures';
import type { MapModel } from './mapTypes';

/** Columns of the node table: Gephi's `Id` and `Label`, then attributes. */
export const gephiNodeColumns = [
  'Id',
  'Label',
  'Tipo',
  'Provincia',
  'Comune',
  'Ruolo',
  'Azioni',
  'Grado',
  'Grado pesato',
  'Intermediazione',
  'Comunita',
] as const;

/** Columns of the edge table: Gephi's `Source`, `Target`, `Type` (direction) and `Weight`, then attributes. */
export const gephiEdgeColumns = [
  'Source',
  'Target',
  'Type',
  'Weight',
  'Id',
  'Label',
  'Origine',
  'Dal',
  'Al',
] as const;

type Field = string | number | null;

const line = (fields: readonly Field[]): string =>
  fields
    .map((field) =>
      typeof field === 'number'
        ? Number.isFinite(field)
          ? String(field)
          : ''
        : csvField(field ?? ''),
    )
    .join(',');

/** The node table Gephi's spreadsheet import reads, with the measures when they are known. */
export function gephiNodesCsv(
  model: MapModel,
  measures: MapMeasures | null,
  locale: Locale,
): string {
  const rows = model.nodes.map((node) => {
    const measured = measures?.nodes[node.id];
    return line([
      node.id,
      node.label,
      translate(locale, `enum.organizationType.${node.type}`),
      node.provincia,
      node.comune,
      node.role ? translate(locale, `enum.membershipRole.${node.role}`) : '',
      node.actionCount,
      measured?.degree ?? null,
      measured?.weightedDegree ?? null,
      measured ? Number(measured.betweenness.toFixed(6)) : null,
      measured?.community === null || measured === undefined ? null : measured.community + 1,
    ]);
  });
  return [line(gephiNodeColumns), ...rows].join('\r\n') + '\r\n';
}

/** The edge table Gephi's spreadsheet import reads: one row per link, derived ones included. */
export function gephiEdgesCsv(model: MapModel, locale: Locale): string {
  const rows = model.edges.map((edge) =>
    line([
      edge.source,
      edge.target,
      edge.directed ? 'Directed' : 'Undirected',
      edge.weight,
      edge.id,
      edge.kind ? translate(locale, `enum.relationshipKind.${edge.kind}`) : '',
      translate(locale, `map.origin.${edge.origin}`),
      edge.from ?? '',
      edge.to ?? '',
    ]),
  );
  return [line(gephiEdgeColumns), ...rows].join('\r\n') + '\r\n';
}

/** File names inside the Gephi archive. */
export const gephiFileNames = { nodes: 'nodi.csv', edges: 'archi.csv' } as const;

/** Both Gephi tables in one zip archive, stamped with the time of the export. */
export function writeGephiArchive(
  model: MapModel,
  measures: MapMeasures | null,
  locale: Locale,
  modified: Date,
): Uint8Array {
  return zipSync(
    {
      [gephiFileNames.nodes]: strToU8(gephiNodesCsv(model, measures, locale)),
      [gephiFileNames.edges]: strToU8(gephiEdgesCsv(model, locale)),
    },
    { mtime: modified },
  );
}
