import Sigma from 'sigma';
import { createSeededRandom } from '../../../shared/domain';
import {
  layoutEdges,
  planLayout,
  positionsOf,
  type LayoutInput,
  type MapModel,
  type Positions,
} from '../../../shared/map';
import { LayoutRunner } from './layoutRunner';
import { MapCamera } from './mapCamera';
import { inspectMap, mapInspectionProperty } from './mapInspection';
import { attachNodeDragging, type NodeDragging } from './nodeDragging';
import { attachStagePanning, type StagePanning } from './stagePanning';
import { NodeCircleWhileMovingProgram } from './nodeProgram';
import { spotlightOn, spotlitEdge, spotlitNode, type Spotlight } from './spotlight';
import {
  buildSigmaGraph,
  moveOnGraph,
  placeOnGraph,
  positionsOnGraph,
  type SigmaEdge,
  type SigmaGraph,
  type SigmaNode,
} from './sigmaGraph';

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

/**
 * From these sizes a software renderer cannot redraw every link, or every label, at each frame:
 * they are hidden while the camera moves, and the links also while the layout moves the nodes.
 */
const largeMapLinks = 4000;
const largeMapNodes = 1000;

/**
 * Owns the sigma renderer, the drawn graph and the layout worker, outside React: camera moves,
 * hovering and dragging never re-render the page.
 */
export class MapController {
  private graph: SigmaGraph = buildSigmaGraph({ nodes: [], edges: [] }, {}, {});
  private readonly sigma: Sigma<SigmaNode, SigmaEdge>;
  private readonly camera: MapCamera;
  private readonly layout = new LayoutRunner();
  private readonly dragging: NodeDragging;
  private readonly panning: StagePanning;
  /** Positions of every node seen so far, shown or not, so a filtered-out node comes back where it was. */
  private memory: Positions;
  private selected: string | null = null;
  private hovered: string | null = null;
  private spotlight: Spotlight | null = null;
  /** Set while the layout of a large map runs: its links are drawn once it has settled. */
  private linksHidden = false;
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
      nodeProgramClasses: { circle: NodeCircleWhileMovingProgram },
      nodeReducer: (node, data) => spotlitNode(node, data, this.spotlight),
      edgeReducer: (edge, data) =>
        this.linksHidden
          ? { ...data, hidden: true }
          : spotlitEdge(this.graph, edge, data, this.spotlight),
    });
    this.camera = new MapCamera(this.sigma);
    this.sigma.on('afterRender', () => {
      if (this.firstFrameMarked || this.graph.order === 0) return;
      this.firstFrameMarked = true;
      performance.mark('regia:map-first-frame');
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => {
      if (!this.dragging.droppedJustNow()) this.events.select(node);
    });
    this.sigma.on('clickStage', () => {
      if (!this.dragging.droppedJustNow() && !this.panning.pannedJustNow())
        this.events.select(null);
    });
    this.panning = attachStagePanning(this.sigma);
    this.dragging = attachNodeDragging(
      this.sigma,
      () => this.graph,
      (node, point) => {
        this.memory[node] = point;
        this.events.positionsChanged({ ...this.memory });
      },
    );
    this.container.dataset.layoutState = this.state;
    // Read-only, for end-to-end tests: the camera and the nodes as drawn, like data-layout-state.
    Reflect.defineProperty(this.container, mapInspectionProperty, {
      value: () => inspectMap(this.sigma, this.graph, this.selected),
      configurable: true,
    });
    // The worker's script loads while the page reads and places the map.
    this.layout.prepare();
  }

  /** Shows a new map: known nodes keep their places, new ones are placed and laid out. */
  setModel(model: MapModel, sizes: Record<string, number>): void {
    const known = { ...this.memory, ...this.currentPositions() };
    const ids = model.nodes.map((node) => node.id);
    const plan = planLayout(ids, layoutEdges(model), known, createSeededRandom(this.seed));
    const graph = buildSigmaGraph(model, plan.positions, sizes);
    // The reducers read the focus and the graph: both must match the graph sigma draws next,
    // and be set before it does, so that it draws the new map only once.
    if (this.selected && !graph.hasNode(this.selected)) this.selected = null;
    this.hovered = null;
    this.graph = graph;
    this.spotlight = spotlightOn(graph, this.selected, this.selected);
    this.linksHidden = plan.layout !== null && graph.size > largeMapLinks;
    this.setSettingOnce('hideEdgesOnMove', graph.size > largeMapLinks);
    this.setSettingOnce('hideLabelsOnMove', graph.order > largeMapNodes);
    this.sigma.setCustomBBox(null);
    this.sigma.setGraph(graph);
    if (plan.layout) this.runLayout(plan.layout);
    else {
      this.layout.cancel();
      this.setState('settled');
    }
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
    const { positions, layout } = planLayout(ids, edges, {}, createSeededRandom(seed));
    this.sigma.setCustomBBox(null);
    this.hideLinks(layout !== null && this.graph.size > largeMapLinks);
    moveOnGraph(this.graph, positions);
    if (layout) this.runLayout(layout);
  }

  /** Puts nodes where a saved map had them; nodes it does not know stay as they are. */
  usePositions(positions: Positions): void {
    this.layout.cancel();
    this.memory = { ...this.memory, ...positions };
    this.sigma.setCustomBBox(null);
    moveOnGraph(this.graph, positions);
    this.hideLinks(false);
    this.setState('settled');
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** Where each shown node is now. */
  currentPositions(): Positions {
    return positionsOnGraph(this.graph);
  }

  /** Selects a node (null: none), dims the others but its neighbours, and centres the camera on it. */
  select(id: string | null): void {
    const selected = id !== null && this.graph.hasNode(id) ? id : null;
    // A large map is slow to redraw on a software renderer: only when the selection changes.
    if (selected !== this.selected) {
      this.selected = selected;
      this.updateSpotlight();
    }
    if (this.selected) this.camera.focus(this.selected);
  }

  /** Shows the whole map. */
  fit(): void {
    this.camera.fit();
  }

  /** Zooms in or out. */
  zoom(zoomIn: boolean): void {
    this.camera.zoom(zoomIn);
  }

  /**
   * Pans by a share of the view for an arrow key: the picture slides while the key is held, and
   * the map is drawn at its new place when `endPan` says the key was released.
   */
  pan(shareX: number, shareY: number): void {
    this.panning.slideByKey(shareX, shareY);
  }

  /** The arrow key is released (or the map lost the focus): the camera moves where it slid. */
  endPan(): void {
    this.panning.endKeySlide();
  }

  /** Stops the layout and releases the renderer. */
  dispose(): void {
    this.layout.dispose();
    this.dragging.detach();
    this.panning.detach();
    Reflect.deleteProperty(this.container, mapInspectionProperty);
    this.sigma.kill();
  }

  private runLayout(input: LayoutInput): void {
    this.setState('running');
    performance.mark('regia:map-layout-started');
    this.layout.run(input, {
      progress: (coordinates) => placeOnGraph(this.graph, input.nodes, coordinates),
      done: (coordinates) => {
        placeOnGraph(this.graph, input.nodes, coordinates);
        this.hideLinks(false);
        this.memory = { ...this.memory, ...positionsOf(input.nodes, coordinates) };
        this.setState('settled');
        this.events.positionsChanged({ ...this.memory });
      },
    });
  }

  /** Hides or shows every link; they are drawn at the next frame. */
  private hideLinks(hidden: boolean): void {
    if (this.linksHidden === hidden) return;
    this.linksHidden = hidden;
    this.sigma.scheduleRefresh();
  }

  /** Changing a setting reprocesses the whole map: only when its value changes. */
  private setSettingOnce(key: 'hideEdgesOnMove' | 'hideLabelsOnMove', value: boolean): void {
    if (this.sigma.getSetting(key) !== value) this.sigma.setSetting(key, value);
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
