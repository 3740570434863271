import type { MapEdge, MapModel, MapNode } from './mapTypes';

/** An organization linked to another, with every link between the two. */
export type Neighbour = { node: MapNode; links: MapEdge[] };

/** The organizations linked to one node of the map, by name, each with the links they share. */
export function neighboursOf(model: MapModel, id: string): Neighbour[] {
  const nodes = new Map(model.nodes.map((node) => [node.id, node]));
  const byNeighbour = new Map<string, MapEdge[]>();
  for (const edge of model.edges) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    if (other === null) continue;
    byNeighbour.set(other, [...(byNeighbour.get(other) ?? []), edge]);
  }
  return [...byNeighbour.entries()]
    .flatMap(([other, links]) => {
      const node = nodes.get(other);
      return node ? [{ node, links }] : [];
    })
    .sort((a, b) => a.node.label.localeCompare(b.node.label, 'it'));
}

/** The organizations that bridge the most, by betweenness, leaving out those that bridge nothing. */
export function topBrokers(
  betweenness: Readonly<Record<string, { betweenness: number }>>,
  count: number,
): string[] {
  return Object.entries(betweenness)
    .filter(([, measures]) => measures.betweenness > 0)
    .sort(([a, x], [b, y]) => y.betweenness - x.betweenness || a.localeCompare(b))
    .slice(0, count)
    .map(([id]) => id);
}
