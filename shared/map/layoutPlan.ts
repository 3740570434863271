import { layoutIterations, placeNodes, type LayoutInput } from './layout';
import type { MapModel, Positions } from './mapTypes';

/** The links of a map as the layout takes them: `[source, target, weight]`. */
export function layoutEdges(model: MapModel): [string, string, number][] {
  return model.edges.map((edge): [string, string, number] => [
    edge.source,
    edge.target,
    edge.weight,
  ]);
}

/**
 * Where the nodes of a map start, and the layout to run from there: none when every node has a
 * known position; only the new nodes move when some are known, in half the iterations.
 */
export function planLayout(
  nodes: string[],
  edges: [string, string, number][],
  known: Positions,
  random: () => number,
): { positions: Positions; layout: LayoutInput | null } {
  const { positions, placed } = placeNodes(nodes, edges, known, random);
  if (placed.length === 0) return { positions, layout: null };
  const placedSet = new Set(placed);
  const fixed = nodes.filter((id) => !placedSet.has(id));
  const iterations = layoutIterations(nodes.length);
  return {
    positions,
    layout: {
      nodes,
      edges,
      positions,
      fixed,
      iterations: fixed.length === 0 ? iterations : Math.ceil(iterations / 2),
    },
  };
}
