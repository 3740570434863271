/** Below this depth a cell holds all the nodes that fall in it, however close they are. */
const maximumDepth = 24;

/**
 * The Barnes-Hut quadtree of the layout, on typed arrays reused from one step to the next: each
 * cell knows its square, its mass and its centre of mass, so a far group of nodes repels as one.
 */
export class QuadTree {
  /** The repulsion `accumulate` found, per unit of the node's own mass. */
  forceX = 0;
  forceY = 0;
  private capacity = 0;
  private used = 0;
  private centreX: Float64Array = new Float64Array(0);
  private centreY: Float64Array = new Float64Array(0);
  private half: Float64Array = new Float64Array(0);
  private mass: Float64Array = new Float64Array(0);
  /** While building, the sums of mass × position; once built, the centre of mass. */
  private massX: Float64Array = new Float64Array(0);
  private massY: Float64Array = new Float64Array(0);
  /** Index of the first of a cell's four children, or -1 for a leaf. */
  private child: Int32Array = new Int32Array(0);
  /** The node a leaf holds alone, or -1 for none or several. */
  private body: Int32Array = new Int32Array(0);
  private readonly stack = new Int32Array(3 * (maximumDepth + 1) + 4);

  constructor(count: number) {
    this.grow(8 * count + 1);
  }

  /** Builds the tree of the nodes at `x`, `y` with their masses. */
  build(x: Float64Array, y: Float64Array, mass: Float64Array): void {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let node = 0; node < x.length; node += 1) {
      minX = Math.min(minX, x[node]);
      maxX = Math.max(maxX, x[node]);
      minY = Math.min(minY, y[node]);
      maxY = Math.max(maxY, y[node]);
    }
    this.used = 0;
    const half = Math.max(maxX - minX, maxY - minY, 1e-9) / 2 + 1e-9;
    this.open((minX + maxX) / 2, (minY + maxY) / 2, half);
    for (let node = 0; node < x.length; node += 1) this.insert(node, x[node], y[node], mass[node]);
    // From sums to centres of mass, once, rather than at each of the thousands of visits below.
    for (let cell = 0; cell < this.used; cell += 1) {
      const cellMass = this.mass[cell];
      if (cellMass > 0) {
        this.massX[cell] /= cellMass;
        this.massY[cell] /= cellMass;
      }
    }
  }

  /** Sums the repulsion on the point (px, py) from every cell far enough, or else from its children. */
  accumulate(node: number, x: Float64Array, y: Float64Array, theta: number): void {
    const px = x[node];
    const py = y[node];
    const thetaSquared = theta * theta;
    const { stack, mass, massX, massY, child, body, half, centreX, centreY } = this;
    let forceX = 0;
    let forceY = 0;
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const cell = stack[--top];
      const cellMass = mass[cell];
      // Its own leaf: the centre of mass, rounded, would be a hair away and push it off the map.
      if (cellMass === 0 || body[cell] === node) continue;
      const dx = px - massX[cell];
      const dy = py - massY[cell];
      const squared = dx * dx + dy * dy;
      const first = child[cell];
      const size = 2 * half[cell];
      // A cell the node is in is always opened: its own mass must not push it.
      const far =
        first < 0 ||
        ((Math.abs(px - centreX[cell]) > half[cell] || Math.abs(py - centreY[cell]) > half[cell]) &&
          size * size < thetaSquared * squared);
      if (far) {
        if (squared > 0) {
          const factor = cellMass / squared;
          forceX += dx * factor;
          forceY += dy * factor;
        }
        continue;
      }
      stack[top++] = first;
      stack[top++] = first + 1;
      stack[top++] = first + 2;
      stack[top++] = first + 3;
    }
    this.forceX = forceX;
    this.forceY = forceY;
  }

  private insert(node: number, px: number, py: number, pointMass: number): void {
    let cell = 0;
    let depth = 0;
    for (;;) {
      const first = this.child[cell];
      if (first >= 0) {
        this.add(cell, px, py, pointMass);
        cell = first + this.quadrant(cell, px, py);
        depth += 1;
        continue;
      }
      if (this.mass[cell] === 0 || depth >= maximumDepth) {
        this.body[cell] = this.mass[cell] === 0 ? node : -1;
        this.add(cell, px, py, pointMass);
        return;
      }
      // An occupied leaf splits: what it held moves down into the child it falls in.
      const heldMass = this.mass[cell];
      const heldX = this.massX[cell] / heldMass;
      const heldY = this.massY[cell] / heldMass;
      const held = this.body[cell];
      const split = this.used;
      const quarter = this.half[cell] / 2;
      for (let index = 0; index < 4; index += 1) {
        this.open(
          this.centreX[cell] + (index & 1 ? quarter : -quarter),
          this.centreY[cell] + (index & 2 ? quarter : -quarter),
          quarter,
        );
      }
      this.child[cell] = split;
      this.body[cell] = -1;
      const child = split + this.quadrant(cell, heldX, heldY);
      this.body[child] = held;
      this.add(child, heldX, heldY, heldMass);
    }
  }

  private quadrant(cell: number, px: number, py: number): number {
    return (px >= this.centreX[cell] ? 1 : 0) + (py >= this.centreY[cell] ? 2 : 0);
  }

  private add(cell: number, px: number, py: number, pointMass: number): void {
    this.mass[cell] += pointMass;
    this.massX[cell] += px * pointMass;
    this.massY[cell] += py * pointMass;
  }

  private open(centreX: number, centreY: number, half: number): void {
    if (this.used === this.capacity) this.grow(this.capacity * 2);
    const cell = this.used;
    this.used += 1;
    this.centreX[cell] = centreX;
    this.centreY[cell] = centreY;
    this.half[cell] = half;
    this.mass[cell] = 0;
    this.massX[cell] = 0;
    this.massY[cell] = 0;
    this.child[cell] = -1;
    this.body[cell] = -1;
  }

  private grow(capacity: number): void {
    const floats = (array: Float64Array): Float64Array => {
      const grown = new Float64Array(capacity);
      grown.set(array);
      return grown;
    };
    const integers = (array: Int32Array): Int32Array => {
      const grown = new Int32Array(capacity);
      grown.set(array);
      return grown;
    };
    this.centreX = floats(this.centreX);
    this.centreY = floats(this.centreY);
    this.half = floats(this.half);
    this.mass = floats(this.mass);
    this.massX = floats(this.massX);
    this.massY = floats(this.massY);
    this.child = integers(this.child);
    this.body = integers(this.body);
    this.capacity = capacity;
  }
}
