import Graph from 'graphology';
import {
  edgeColor,
  organizationTypeColors,
  type Coordinates,
  type MapModel,
  type Positions,
} from '../../../shared/map';

/** What sigma draws for a node. */
export type SigmaNode = { x: number; y: number; size: number; color: string; label: string };

/** What sigma draws for a link. */
export type SigmaEdge = { size: number; color: string; type: 'line' | 'arrow'; weight: number };

/** The graph sigma draws. */
export type SigmaGraph = Graph<SigmaNode, SigmaEdge>;

/** Link thickness grows with the weight, slowly; derived links stay thinner than relationships. */
function thickness(weight: number, derived: boolean): number {
  const base = Math.min(1 + Math.log2(1 + weight), 5);
  return derived ? base * 0.6 : base;
}

/** Builds the drawn graph: nodes coloured by type at their positions, links coloured by kind. */
export function buildSigmaGraph(
  model: MapModel,
  positions: Positions,
  sizes: Record<string, number>,
): SigmaGraph {
  const graph: SigmaGraph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: false });
  for (const node of model.nodes) {
    const point = positions[node.id] ?? { x: 0, y: 0 };
    graph.addNode(node.id, {
      x: point.x,
      y: point.y,
      size: sizes[node.id] ?? 4,
      color: organizationTypeColors[node.type],
      label: node.label,
    });
  }
  for (const edge of model.edges) {
    const attributes: SigmaEdge = {
      size: thickness(edge.weight, edge.origin !== 'relationship'),
      color: edgeColor(edge),
      type: edge.directed ? 'arrow' : 'line',
      weight: edge.weight,
    };
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  }
  return graph;
}

/** Moves the nodes of `graph` to their coordinates, `[x0, y0, x1, y1, …]` in the order of `nodes`. */
export function placeOnGraph(
  graph: SigmaGraph,
  nodes: readonly string[],
  coordinates: Coordinates,
): void {
  const index = new Map(nodes.map((node, position) => [node, position]));
  graph.updateEachNodeAttributes((node, attributes) => {
    const position = index.get(node);
    return position === undefined
      ? attributes
      : { ...attributes, x: coordinates[position * 2], y: coordinates[position * 2 + 1] };
  });
}

/** Moves the nodes of `graph` that have a position in `positions`. */
export function moveOnGraph(graph: SigmaGraph, positions: Positions): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    const point = positions[node];
    return point ? { ...attributes, x: point.x, y: point.y } : attributes;
  });
}

/** Where each node of `graph` is. */
export function positionsOnGraph(graph: SigmaGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: attributes.x, y: attributes.y };
  });
  return positions;
}
