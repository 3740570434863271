import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../../shared/domain';
import { layoutIterations, planLayout } from '../../../../shared/map';

const nodes = ['a', 'b', 'c'];
const edges: [string, string, number][] = [
  ['a', 'b', 1],
  ['b', 'c', 2],
];

describe('planLayout', () => {
  it('runs no layout when every node has a known position, so a map opens as it was left', () => {
    const known = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, c: { x: 5, y: 6 } };
    const plan = planLayout(nodes, edges, known, createSeededRandom(1));
    expect(plan.layout).toBeNull();
    expect(plan.positions).toEqual(known);
  });

  it('moves only the new nodes, in half the iterations, when the others are known', () => {
    const known = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } };
    const plan = planLayout(nodes, edges, known, createSeededRandom(1));
    expect(plan.layout?.fixed).toEqual(['a', 'b']);
    expect(plan.layout?.iterations).toBe(Math.ceil(layoutIterations(3) / 2));
  });

  it('lays out every node of a map seen for the first time', () => {
    const plan = planLayout(nodes, edges, {}, createSeededRandom(1));
    expect(plan.layout?.fixed).toEqual([]);
    expect(plan.layout?.iterations).toBe(layoutIterations(3));
    expect(Object.keys(plan.positions)).toEqual(nodes);
  });
});
