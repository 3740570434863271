import Sigma from 'sigma';
import { createSeededRandom } from '../../../shared/domain';
import { layoutIterations, placeNodes, type MapModel, type Positions } from '../../../shared/map';
import { LayoutRunner } from './layoutRunner';
import { attachNodeDragging } from './nodeDragging';
import { spotlightOn, spotlitEdge, spotlitNode, type Spotlight } from './spotlight';
import { buildSigmaGraph, type SigmaEdge, type SigmaGraph, type SigmaNode } from './sigmaGraph';

/** Whether the map waits for its first data, the layout is moving nodes, or it has stopped. */
export type LayoutState = 'pending' | 'running' | 'settled';

/** What the map tells the page. */
export type MapControllerEvents = {
  /** A node was clicked (or the background: null). */
  select: (id: string | null) => void;
  layoutState: (state: LayoutState) => void;
  /** Every position known, after a layout settled or a node was dragged: worth keeping. */
  positionsChanged: (positions: Positions) => void;
};

const largeMapLinks = 4000;

/**
 * Owns the sigma renderer, the drawn graph and the layout worker, outside React: camera moves,
 * hovering and dragging never re-render the page.
 */
export class MapController {
  private graph: SigmaGraph = buildSigmaGraph({ nodes: [], edges: [] }, {}, {});
  private readonly sigma: Sigma<SigmaNode, SigmaEdge>;
  private readonly layout = new LayoutRunner();
  private readonly detachDragging: () => void;
  /** Positions of every node seen so far, shown or not, so a filtered-out node comes back where it was. */
  private memory: Positions;
  private selected: string | null = null;
  private hovered: string | null = null;
  private spotlight: Spotlight | null = null;
  private state: LayoutState = 'pending';
  private firstFrameMarked = false;

  constructor(
    private readonly container: HTMLElement,
    savedPositions: Positions,
    private seed: number,
    private readonly events: MapControllerEvents,
  ) {
    this.memory = { ...savedPositions };
    this.sigma = new Sigma(this.graph, container, {
      zIndex: true,
      defaultEdgeType: 'line',
      labelDensity: 0.5,
      labelRenderedSizeThreshold: 7,
      labelFont: 'DejaVu Sans, Arial, sans-serif',
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      allowInvalidContainer: true,
      nodeReducer: (node, data) => spotlitNode(node, data, this.spotlight),
      edgeReducer: (edge, data) => spotlitEdge(this.graph, edge, data, this.spotlight),
    });
    this.sigma.on('afterRender', () => {
      if (this.firstFrameMarked || this.graph.order === 0) return;
      this.firstFrameMarked = true;
      performance.mark('regia:map-first-frame');
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => this.events.select(node));
    this.sigma.on('clickStage', () => this.events.select(null));
    this.detachDragging = attachNodeDragging(
      this.sigma,
      () => this.graph,
      (node, point) => {
        this.memory[node] = point;
        this.events.positionsChanged({ ...this.memory });
      },
    );
    this.container.dataset.layoutState = this.state;
  }

  /** Shows a new map: known nodes keep their places, new ones are placed and laid out. */
  setModel(model: MapModel, sizes: Record<string, number>): void {
    const current = this.currentPositions();
    const known = { ...this.memory, ...current };
    const edges = model.edges.map((edge): [string, string, number] => [
      edge.source,
      edge.target,
      edge.weight,
    ]);
    const ids = model.nodes.map((node) => node.id);
    const { positions, placed } = placeNodes(ids, edges, known, createSeededRandom(this.seed));
    const graph = buildSigmaGraph(model, positions, sizes);
    // The reducers read the focus and the graph: both must match the graph sigma redraws next.
    if (this.selected && !graph.hasNode(this.selected)) this.selected = null;
    this.hovered = null;
    this.spotlight = null;
    // Thousands of links cannot be redrawn at every frame of a pan on a software renderer.
    this.sigma.setSetting('hideEdgesOnMove', graph.size > largeMapLinks);
    this.graph = graph;
    this.sigma.setGraph(graph);
    this.sigma.setCustomBBox(null);
    this.updateSpotlight();
    if (placed.length === 0) {
      this.layout.cancel();
      this.setState('settled');
      return;
    }
    const placedSet = new Set(placed);
    const fixed = ids.filter((id) => !placedSet.has(id));
    const iterations = layoutIterations(ids.length);
    this.runLayout({
      nodes: ids,
      edges,
      positions,
      fixed,
      iterations: fixed.length === 0 ? iterations : Math.ceil(iterations / 2),
    });
  }

  /** Resizes the nodes, e.g. when the measures arrive or another measure is chosen. */
  setSizes(sizes: Record<string, number>): void {
    this.graph.updateEachNodeAttributes((node, attributes) => ({
      ...attributes,
      size: sizes[node] ?? attributes.size,
    }));
  }

  /** Lays the whole map out afresh from new random places. */
  relayout(seed: number): void {
    this.seed = seed;
    const ids = this.graph.nodes();
    const edges = this.graph.mapEdges(
      (_edge, attributes, source, target): [string, string, number] => [
        source,
        target,
        attributes.weight,
      ],
    );
    const { positions } = placeNodes(ids, edges, {}, createSeededRandom(seed));
    this.sigma.setCustomBBox(null);
    this.applyToGraph(positions);
    this.runLayout({
      nodes: ids,
      edges,
      positions,
      fixed: [],
      iterations: layoutIterations(ids.length),
    });
  }

  /** Puts nodes where a saved map had them; nodes it does not know stay as they are. */
  usePositions(positions: Positions): void {
    this.layout.cancel();
    this.memory = { ...this.memory, ...positions };
    this.sigma.setCustomBBox(null);
    this.applyToGraph(positions);
    this.setState('settled');
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** Where each shown node is now. */
  currentPositions(): Positions {
    const positions: Positions = {};
    this.graph.forEachNode((node, attributes) => {
      positions[node] = { x: attributes.x, y: attributes.y };
    });
    return positions;
  }

  /** Selects a node (null: none), dims the others but its neighbours, and centres the camera on it. */
  select(id: string | null): void {
    this.selected = id !== null && this.graph.hasNode(id) ? id : null;
    this.updateSpotlight();
    if (this.selected) {
      const display = this.sigma.getNodeDisplayData(this.selected);
      if (display) {
        void this.sigma
          .getCamera()
          .animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
      }
    }
  }

  /** Shows the whole map. */
  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Zooms in (factor above 1) or out. */
  zoom(zoomIn: boolean): void {
    const camera = this.sigma.getCamera();
    void (zoomIn
      ? camera.animatedZoom({ duration: 200 })
      : camera.animatedUnzoom({ duration: 200 }));
  }

  /** Moves the camera by a share of the view, for the keyboard. */
  pan(dx: number, dy: number): void {
    const camera = this.sigma.getCamera();
    const state = camera.getState();
    camera.setState({ x: state.x + dx * state.ratio, y: state.y + dy * state.ratio });
  }

  /** Stops the layout and releases the renderer. */
  dispose(): void {
    this.layout.dispose();
    this.detachDragging();
    this.sigma.kill();
  }

  private runLayout(input: Parameters<LayoutRunner['run']>[0]): void {
    this.setState('running');
    performance.mark('regia:map-layout-started');
    this.layout.run(input, {
      progress: (positions) => this.applyToGraph(positions),
      done: (positions) => {
        this.applyToGraph(positions);
        this.memory = { ...this.memory, ...positions };
        this.setState('settled');
        this.events.positionsChanged({ ...this.memory });
      },
    });
  }

  private applyToGraph(positions: Positions): void {
    this.graph.updateEachNodeAttributes((node, attributes) => {
      const point = positions[node];
      return point ? { ...attributes, x: point.x, y: point.y } : attributes;
    });
  }

  private setState(state: LayoutState): void {
    this.state = state;
    this.container.dataset.layoutState = state;
    if (state === 'settled') performance.mark('regia:map-layout-settled');
    this.events.layoutState(state);
  }

  private hover(node: string | null): void {
    this.hovered = node;
    this.updateSpotlight();
  }

  private updateSpotlight(): void {
    this.spotlight = spotlightOn(this.graph, this.hovered ?? this.selected, this.selected);
    this.sigma.refresh({ skipIndexation: true });
  }
}
