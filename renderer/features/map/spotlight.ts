import type { SigmaEdge, SigmaGraph, SigmaNode } from './sigmaGraph';

/** The node the user points at or has selected, and the nodes shown with it. */
export type Spotlight = { focus: string; selected: string | null; shown: ReadonlySet<string> };

const dimmedColor = '#dde1e6';

/** The spotlight on a node: itself and its neighbours; none without a node. */
export function spotlightOn(
  graph: SigmaGraph,
  focus: string | null,
  selected: string | null,
): Spotlight | null {
  if (focus === null || !graph.hasNode(focus)) return null;
  return { focus, selected, shown: new Set([focus, ...graph.neighbors(focus)]) };
}

/** How sigma draws a node under a spotlight: the focus raised, others than neighbours greyed and unnamed. */
export function spotlitNode(
  node: string,
  data: SigmaNode,
  spotlight: Spotlight | null,
): Partial<SigmaNode> & Record<string, unknown> {
  if (!spotlight) return data;
  if (node === spotlight.focus || node === spotlight.selected) {
    return { ...data, highlighted: true, zIndex: 2 };
  }
  if (spotlight.shown.has(node)) return { ...data, zIndex: 1 };
  return { ...data, color: dimmedColor, label: '', zIndex: 0 };
}

/** How sigma draws a link under a spotlight: only the focus's links stay. */
export function spotlitEdge(
  graph: SigmaGraph,
  edge: string,
  data: SigmaEdge,
  spotlight: Spotlight | null,
): Partial<SigmaEdge> & Record<string, unknown> {
  // Sigma may ask about a link of the graph it is replacing: leave it as it is.
  if (!spotlight || !graph.hasEdge(edge)) return data;
  if (graph.hasExtremity(edge, spotlight.focus)) return { ...data, zIndex: 1 };
  return { ...data, hidden: true };
}
