import type Sigma from 'sigma';
import type { SigmaEdge, SigmaGraph, SigmaNode } from './sigmaGraph';

/** A node as sigma draws it now: its own colour, the colour drawn, and where it is. */
export type InspectedNode = {
  label: string;
  /** The colour of its type. */
  color: string;
  /** The colour on screen: greyed when another node is in the spotlight. */
  drawnColor: string;
  highlighted: boolean;
  /** Graph coordinates, as saved in a map view. */
  x: number;
  y: number;
  /** Pixels from the top left corner of the map's element. */
  viewportX: number;
  viewportY: number;
};

/** What the drawn map shows: the camera, the selected node, every node and the links shown. */
export type MapInspection = {
  camera: { x: number; y: number; ratio: number };
  selected: string | null;
  nodes: Record<string, InspectedNode>;
  shownEdges: number;
};

/** The name of the read-only function the map's element carries for end-to-end tests. */
export const mapInspectionProperty = 'regiaMapInspection';

/** Reads the drawn map as it is now; reads only, computed when asked. */
export function inspectMap(
  sigma: Sigma<SigmaNode, SigmaEdge>,
  graph: SigmaGraph,
  selected: string | null,
): MapInspection {
  const { x, y, ratio } = sigma.getCamera().getState();
  const nodes: Record<string, InspectedNode> = {};
  graph.forEachNode((node, attributes) => {
    const display = sigma.getNodeDisplayData(node);
    const viewport = display
      ? sigma.framedGraphToViewport(display)
      : { x: Number.NaN, y: Number.NaN };
    nodes[node] = {
      label: attributes.label,
      color: attributes.color,
      drawnColor: display?.color ?? attributes.color,
      highlighted: display?.highlighted ?? false,
      x: attributes.x,
      y: attributes.y,
      viewportX: viewport.x,
      viewportY: viewport.y,
    };
  });
  let shownEdges = 0;
  graph.forEachEdge((edge) => {
    if (sigma.getEdgeDisplayData(edge)?.hidden === false) shownEdges += 1;
  });
  return { camera: { x, y, ratio }, selected, nodes, shownEdges };
}
