import type { OrganizationType, RelationshipKind } from '../domain';
import type { SizeMeasure } from './mapFilters';
import type { MapMeasures } from './measures';
import type { LinkOrigin, MapEdge, MapModel } from './mapTypes';

/** The colour of each organization type: distinct hues, readable on a white map. */
export const organizationTypeColors: Record<OrganizationType, string> = {
  comune: '#1f77b4',
  unioneComuni: '#5fa2dd',
  cittaMetropolitana: '#0f8b9c',
  regione: '#08306b',
  ministero: '#5254a3',
  atsAsst: '#d62728',
  agenziaLavoro: '#ff7f0e',
  enteAccreditato: '#b8860b',
  cooperativaSociale: '#2ca02c',
  associazione: '#74c476',
  associazioneDatoriale: '#8c564b',
  sindacato: '#e377c2',
  scuolaUniversita: '#9467bd',
  impresa: '#7f7f7f',
  altro: '#bcbd22',
};

/** The colour of each kind of recorded relationship. */
export const relationshipKindColors: Record<RelationshipKind, string> = {
  convenzione: '#1864ab',
  collaborazione: '#2b8a3e',
  invio: '#d9480f',
  coProgettazione: '#6741d9',
  finanziamento: '#a61e4d',
  altro: '#495057',
};

/** The colour of derived links: light, so recorded relationships stand out. */
export const derivedLinkColors: Record<Exclude<LinkOrigin, 'relationship'>, string> = {
  project: '#91a7ff',
  action: '#ffc078',
  meeting: '#ced4da',
};

/** The colour of a link: by kind for a relationship, by origin for a derived link. */
export function edgeColor(edge: Pick<MapEdge, 'origin' | 'kind'>): string {
  if (edge.origin === 'relationship') return relationshipKindColors[edge.kind ?? 'altro'];
  return derivedLinkColors[edge.origin];
}

/** Node radii in pixels, from the smallest to the largest. */
export type SizeRange = { min: number; max: number };

export const defaultSizeRange: SizeRange = { min: 4, max: 18 };

/** The value a node is sized by. */
export function sizeValue(
  node: MapModel['nodes'][number],
  measures: MapMeasures | null,
  sizeBy: SizeMeasure,
): number {
  const measured = measures?.nodes[node.id];
  switch (sizeBy) {
    case 'degree':
      return measured?.degree ?? 0;
    case 'weightedDegree':
      return measured?.weightedDegree ?? 0;
    case 'betweenness':
      return measured?.betweenness ?? 0;
    case 'actions':
      return node.actionCount;
    case 'uniform':
      return 1;
  }
}

/** Each node's radius: its measure scaled by area between the range's bounds. */
export function nodeSizes(
  model: MapModel,
  measures: MapMeasures | null,
  sizeBy: SizeMeasure,
  range: SizeRange = defaultSizeRange,
): Record<string, number> {
  const values = model.nodes.map((node) => sizeValue(node, measures, sizeBy));
  const largest = Math.max(0, ...values);
  const sizes: Record<string, number> = {};
  model.nodes.forEach((node, index) => {
    const share = largest > 0 ? Math.sqrt(values[index] / largest) : 0;
    sizes[node.id] =
      sizeBy === 'uniform'
        ? (range.min + range.max) / 3
        : range.min + share * (range.max - range.min);
  });
  return sizes;
}
