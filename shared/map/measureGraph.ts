import { UndirectedGraph } from 'graphology';
import type { MapModel } from './mapTypes';

/** Edge data of the graph the measures run on. */
export type MeasureEdge = { weight: number };

/**
 * The map as a simple undirected graph: one edge per linked pair whatever the links' kinds and
 * directions, weighted by the sum of their weights. Who bridges and who is isolated does not
 * depend on which way a referral goes.
 */
export function buildMeasureGraph(model: MapModel): UndirectedGraph<object, MeasureEdge> {
  const graph = new UndirectedGraph<object, MeasureEdge>();
  for (const node of model.nodes) graph.mergeNode(node.id);
  for (const edge of model.edges) {
    if (edge.source === edge.target) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.updateEdge(edge.source, edge.target, (attributes) => ({
      weight: (attributes.weight ?? 0) + edge.weight,
    }));
  }
  return graph;
}
