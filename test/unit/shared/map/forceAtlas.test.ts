import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../../shared/domain';
import { ForceAtlas } from '../../../../shared/map/forceAtlas';
import { QuadTree } from '../../../../shared/map/quadTree';

const count = 300;
const random = createSeededRandom(9);
const x = Float64Array.from({ length: count }, () => random() * 100);
const y = Float64Array.from({ length: count }, () => random() * 100);
const mass = Float64Array.from({ length: count }, () => 1 + Math.floor(random() * 5));

/** The repulsion on each node from every other, one pair at a time. */
function exactForces(): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, node) => {
    let forceX = 0;
    let forceY = 0;
    for (let other = 0; other < count; other += 1) {
      if (other === node) continue;
      const dx = (x[node] ?? 0) - (x[other] ?? 0);
      const dy = (y[node] ?? 0) - (y[other] ?? 0);
      const factor = (mass[other] ?? 0) / (dx * dx + dy * dy);
      forceX += dx * factor;
      forceY += dy * factor;
    }
    return { x: forceX, y: forceY };
  });
}

/** The quadtree's forces, relative error summed over the nodes. */
function treeError(theta: number): number {
  const tree = new QuadTree(count);
  tree.build(x, y, mass);
  let error = 0;
  let total = 0;
  exactForces().forEach((exact, node) => {
    tree.accumulate(node, x, y, theta);
    error += Math.hypot(exact.x - tree.forceX, exact.y - tree.forceY);
    total += Math.hypot(exact.x, exact.y);
  });
  return error / total;
}

describe('QuadTree', () => {
  it('finds the exact repulsion when every cell is opened', () => {
    expect(treeError(0)).toBeLessThan(1e-9);
  });

  it('stays within a few percent of it with the approximation of large maps', () => {
    expect(treeError(1.5)).toBeLessThan(0.05);
  });

  it('does not let a node push itself, even when nodes share a point', () => {
    const tree = new QuadTree(3);
    const same = Float64Array.from([5, 5, 9]);
    const zero = Float64Array.from([0, 0, 0]);
    tree.build(same, zero, Float64Array.from([1, 1, 1]));
    tree.accumulate(2, same, zero, 1);
    expect(tree.forceX).toBeCloseTo(2 / 4);
    tree.accumulate(0, same, zero, 1);
    expect(Number.isFinite(tree.forceX)).toBe(true);
  });
});

describe('ForceAtlas', () => {
  const settings = {
    scalingRatio: 10,
    gravity: 0.5,
    edgeWeightInfluence: 0.5,
    barnesHutTheta: 1,
    jitterTolerance: 1,
  };

  it('moves less and less as the nodes settle, and never moves a fixed node', () => {
    const positionsX = Float64Array.from(x);
    const positionsY = Float64Array.from(y);
    const fixed = new Uint8Array(count);
    fixed[0] = 1;
    const sources = Uint32Array.from({ length: count - 1 }, (_, index) => index);
    const targets = Uint32Array.from({ length: count - 1 }, (_, index) => index + 1);
    const layout = new ForceAtlas(
      {
        x: positionsX,
        y: positionsY,
        fixed,
        sources,
        targets,
        weights: new Float64Array(count - 1).fill(1),
      },
      settings,
    );
    const moves = Array.from({ length: 200 }, () => layout.step());
    const early = moves.slice(0, 10).reduce((total, moved) => total + moved, 0);
    const late = moves.slice(-10).reduce((total, moved) => total + moved, 0);
    expect(late).toBeLessThan(early / 5);
    expect(positionsX[0]).toBe(x[0]);
    expect(positionsY[0]).toBe(y[0]);
  });
});
