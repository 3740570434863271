import { QuadTree } from './quadTree';

// Math.hypot guards against overflow at a cost several times that of the plain formula.
const length = (x: number, y: number): number => Math.sqrt(x * x + y * y);

/** How ForceAtlas2 weighs its forces (the names of Gephi and graphology). */
export type ForceSettings = {
  /** Strength of repulsion between nodes: larger spreads the map. */
  scalingRatio: number;
  /** Pull of every node towards the centre, growing with the distance (strong gravity). */
  gravity: number;
  /** 0: links pull whatever their weight; 1: in proportion to it. */
  edgeWeightInfluence: number;
  /** Barnes-Hut approximation: a group of nodes farther than its size / theta acts as one. */
  barnesHutTheta: number;
  /** Gephi's tolerance to swinging: higher is faster and less precise. */
  jitterTolerance: number;
};

/** The graph the layout moves, by node index: positions are read and written in place. */
export type ForceGraph = {
  x: Float64Array;
  y: Float64Array;
  /** 1 for a node that must stay where it is. */
  fixed: Uint8Array;
  /** Both ends of every link, by node index. */
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
};

/**
 * ForceAtlas2 (Jacomy et al., 2014) on typed arrays, with Gephi's global adaptive speed and a
 * Barnes-Hut quadtree for repulsion. It keeps its speed and the previous forces from one step to
 * the next, so a layout run in several chunks moves as one run would, and each step reports how
 * far the nodes moved: the layout can stop once they barely do.
 */
export class ForceAtlas {
  private readonly count: number;
  private readonly mass: Float64Array;
  private readonly pull: Float64Array;
  private readonly forceX: Float64Array;
  private readonly forceY: Float64Array;
  private readonly previousX: Float64Array;
  private readonly previousY: Float64Array;
  private readonly tree: QuadTree;
  private readonly movable: number;
  private speed = 1;
  private speedEfficiency = 1;

  constructor(
    private readonly graph: ForceGraph,
    private readonly settings: ForceSettings,
  ) {
    this.count = graph.x.length;
    const count = this.count;
    // Mass is 1 + weighted degree: hubs push harder, so their many neighbours get room around them.
    this.mass = new Float64Array(count).fill(1);
    this.pull = new Float64Array(graph.weights.length);
    for (let edge = 0; edge < graph.weights.length; edge += 1) {
      const weight = graph.weights[edge];
      this.mass[graph.sources[edge]] += weight;
      this.mass[graph.targets[edge]] += weight;
      this.pull[edge] = Math.pow(weight, settings.edgeWeightInfluence);
    }
    this.forceX = new Float64Array(count);
    this.forceY = new Float64Array(count);
    this.previousX = new Float64Array(count);
    this.previousY = new Float64Array(count);
    this.tree = new QuadTree(count);
    this.movable = graph.fixed.reduce((total, fixed) => total + (fixed === 1 ? 0 : 1), 0);
  }

  /**
   * One iteration; returns the mean distance a movable node moved, relative to the mean spacing
   * of the nodes (the side of the square each node would have if they tiled the map's box).
   */
  step(): number {
    const { x, y, fixed } = this.graph;
    const { forceX, forceY, previousX, previousY, mass } = this;
    previousX.set(forceX);
    previousY.set(forceY);
    forceX.fill(0);
    forceY.fill(0);
    this.repel();
    this.attract();
    const { gravity } = this.settings;
    for (let node = 0; node < this.count; node += 1) {
      // Strong gravity: a pull proportional to the distance keeps loose groups near the others.
      forceX[node] -= x[node] * mass[node] * gravity;
      forceY[node] -= y[node] * mass[node] * gravity;
    }
    this.adjustSpeed();
    let moved = 0;
    for (let node = 0; node < this.count; node += 1) {
      if (fixed[node] === 1) continue;
      const swinging =
        mass[node] * length(previousX[node] - forceX[node], previousY[node] - forceY[node]);
      const factor = this.speed / (1 + Math.sqrt(this.speed * swinging));
      const dx = forceX[node] * factor;
      const dy = forceY[node] * factor;
      x[node] += dx;
      y[node] += dy;
      moved += length(dx, dy);
    }
    return this.movable === 0 ? 0 : moved / this.movable / this.spacing();
  }

  private repel(): void {
    const { x, y } = this.graph;
    const { forceX, forceY, mass, tree } = this;
    const ratio = this.settings.scalingRatio;
    tree.build(x, y, mass);
    for (let node = 0; node < this.count; node += 1) {
      tree.accumulate(node, x, y, this.settings.barnesHutTheta);
      forceX[node] += ratio * mass[node] * tree.forceX;
      forceY[node] += ratio * mass[node] * tree.forceY;
    }
  }

  private attract(): void {
    const { x, y, sources, targets } = this.graph;
    const { forceX, forceY, pull } = this;
    for (let edge = 0; edge < pull.length; edge += 1) {
      const source = sources[edge];
      const target = targets[edge];
      const factor = pull[edge];
      const dx = (x[source] - x[target]) * factor;
      const dy = (y[source] - y[target]) * factor;
      forceX[source] -= dx;
      forceY[source] -= dy;
      forceX[target] += dx;
      forceY[target] += dy;
    }
  }

  /** Gephi's speed: as fast as the nodes allow without swinging back and forth. */
  private adjustSpeed(): void {
    const { forceX, forceY, previousX, previousY, mass } = this;
    const { fixed } = this.graph;
    let swinging = 0;
    let traction = 0;
    for (let node = 0; node < this.count; node += 1) {
      if (fixed[node] === 1) continue;
      swinging +=
        mass[node] * length(previousX[node] - forceX[node], previousY[node] - forceY[node]);
      traction +=
        (mass[node] * length(previousX[node] + forceX[node], previousY[node] + forceY[node])) / 2;
    }
    if (swinging === 0 || traction === 0) return;
    const count = this.count;
    const optimal = 0.05 * Math.sqrt(count);
    const tolerance = this.settings.jitterTolerance;
    let jitter =
      tolerance *
      Math.max(Math.sqrt(optimal), Math.min(10, (optimal * traction) / (count * count)));
    const minimumEfficiency = 0.05;
    if (swinging / traction > 2) {
      if (this.speedEfficiency > minimumEfficiency) this.speedEfficiency *= 0.5;
      jitter = Math.max(jitter, tolerance);
    }
    const target = (jitter * this.speedEfficiency * traction) / swinging;
    if (swinging > jitter * traction) {
      if (this.speedEfficiency > minimumEfficiency) this.speedEfficiency *= 0.7;
    } else if (this.speed < 1000) this.speedEfficiency *= 1.3;
    const maximumRise = 0.5;
    this.speed += Math.min(target - this.speed, maximumRise * this.speed);
  }

  private spacing(): number {
    const { x, y } = this.graph;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let node = 0; node < this.count; node += 1) {
      minX = Math.min(minX, x[node]);
      maxX = Math.max(maxX, x[node]);
      minY = Math.min(minY, y[node]);
      maxY = Math.max(maxY, y[node]);
    }
    const area = Math.max(maxX - minX, 1e-9) * Math.max(maxY - minY, 1e-9);
    return Math.sqrt(area / Math.max(this.count, 1));
  }
}
