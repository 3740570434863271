import { UndirectedGraph } from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { Point, Positions } from './mapTypes';

/** What the layout needs: node ids, weighted links, starting points and the nodes that stay put. */
export type LayoutInput = {
  nodes: string[];
  /** `[source, target, weight]` */
  edges: [string, string, number][];
  positions: Positions;
  /** Nodes the layout must not move. */
  fixed: string[];
  iterations: number;
};

/** Positions for every node: the saved ones where known, near its placed neighbours or on a seeded disc otherwise. */
export function placeNodes(
  nodes: readonly string[],
  edges: readonly [string, string, number][],
  saved: Positions,
  random: () => number,
): { positions: Positions; placed: string[] } {
  const positions: Positions = {};
  const missing: string[] = [];
  for (const id of nodes) {
    const point = saved[id];
    if (point && Number.isFinite(point.x) && Number.isFinite(point.y)) positions[id] = point;
    else missing.push(id);
  }
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  if (missing.length > 0) {
    for (const [source, target] of edges) {
      link(source, target);
      link(target, source);
    }
  }
  const radius = 10 * Math.sqrt(Math.max(nodes.length, 1));
  for (const id of missing) {
    const anchors = (neighbours.get(id) ?? []).flatMap((other) => positions[other] ?? []);
    const angle = random() * 2 * Math.PI;
    if (anchors.length > 0) {
      const centre = centroid(anchors);
      const distance = 2 + random() * 3;
      positions[id] = {
        x: centre.x + distance * Math.cos(angle),
        y: centre.y + distance * Math.sin(angle),
      };
    } else {
      const distance = radius * Math.sqrt(random());
      positions[id] = { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
    }
  }
  return { positions, placed: missing };
}

function centroid(points: Point[]): Point {
  const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/**
 * ForceAtlas2 settings for a map of some size: strong gravity keeps isolated partners near
 * the others instead of drifting off the picture; Barnes-Hut from a few hundred nodes on, with
 * a coarser approximation for large maps (theta 1 halves the time at 2,000 nodes).
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  const small = order <= 500;
  return {
    ...forceAtlas2.inferSettings(order),
    strongGravityMode: true,
    gravity: small ? 0.5 : 0.05,
    scalingRatio: small ? 20 : 10,
    barnesHutOptimize: order > 250,
    barnesHutTheta: order > 1000 ? 1 : 0.5,
    edgeWeightInfluence: 0.5,
  };
}

/** How many iterations to run: bounded so that 2,000 nodes settle well within a few seconds. */
export function layoutIterations(order: number): number {
  if (order <= 100) return 500;
  if (order <= 500) return 300;
  if (order <= 1000) return 180;
  return 100;
}

type LayoutGraph = UndirectedGraph<Point & { fixed: boolean }, { weight: number }>;

/** The graph ForceAtlas2 runs on: one weighted edge per linked pair. */
export function createLayoutGraph(input: LayoutInput): LayoutGraph {
  const graph: LayoutGraph = new UndirectedGraph();
  const fixed = new Set(input.fixed);
  for (const id of input.nodes) {
    const point = input.positions[id] ?? { x: 0, y: 0 };
    graph.mergeNode(id, { x: point.x, y: point.y, fixed: fixed.has(id) });
  }
  for (const [source, target, weight] of input.edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.updateEdge(source, target, (attributes) => ({
      weight: (attributes.weight ?? 0) + weight,
    }));
  }
  return graph;
}

/**
 * Runs a bounded ForceAtlas2 layout in chunks, reporting the positions at most every
 * `reportEvery` milliseconds so the map can move while it settles without redrawing after every
 * chunk; returns the final positions.
 */
export function runLayout(
  input: LayoutInput,
  onChunk: (positions: Positions, done: number) => void = () => undefined,
  options: { chunkSize?: number; reportEvery?: number; now?: () => number } = {},
): Positions {
  const { chunkSize = 20, reportEvery = 0, now = () => Date.now() } = options;
  const graph = createLayoutGraph(input);
  const settings = layoutSettings(graph.order);
  let done = 0;
  let reported = now();
  const movable = graph.someNode((_node, attributes) => !attributes.fixed);
  while (movable && graph.size > 0 && done < input.iterations) {
    const iterations = Math.min(chunkSize, input.iterations - done);
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
    done += iterations;
    if (done < input.iterations && now() - reported >= reportEvery) {
      reported = now();
      onChunk(withFixedPoints(positionsOf(graph), input), done);
    }
  }
  return withFixedPoints(positionsOf(graph), input);
}

function positionsOf(graph: LayoutGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: attributes.x, y: attributes.y };
  });
  return positions;
}

/** The layout works in single precision: fixed nodes get their exact starting points back. */
function withFixedPoints(positions: Positions, input: LayoutInput): Positions {
  for (const id of input.fixed) {
    const point = input.positions[id];
    if (point && positions[id]) positions[id] = point;
  }
  return positions;
}
