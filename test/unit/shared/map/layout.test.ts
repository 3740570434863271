import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../../shared/domain';
import { layOut, placeNodes, positionsOf, runLayout, type Point } from '../../../../shared/map';

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

const left = ['a1', 'a2', 'a3', 'a4'];
const right = ['b1', 'b2', 'b3', 'b4'];
const clique = (ids: string[]): [string, string, number][] =>
  ids.flatMap((source, index) =>
    ids.slice(index + 1).map((target): [string, string, number] => [source, target, 1]),
  );
const edges = [...clique(left), ...clique(right), ['a1', 'b1', 1] as [string, string, number]];
const nodes = [...left, ...right];

describe('placeNodes', () => {
  it('keeps saved positions and places a new node next to its placed neighbours', () => {
    const saved = { a1: { x: 100, y: 100 }, a2: { x: 104, y: 100 } };
    const { positions, placed } = placeNodes(
      ['a1', 'a2', 'a3'],
      [
        ['a3', 'a1', 1],
        ['a3', 'a2', 1],
      ],
      saved,
      createSeededRandom(1),
    );
    expect(positions.a1).toEqual({ x: 100, y: 100 });
    expect(placed).toEqual(['a3']);
    expect(distance(positions.a3, { x: 102, y: 100 })).toBeLessThanOrEqual(5);
  });

  it('spreads a map shown for the first time over a disc instead of piling nodes onto their neighbours', () => {
    const chain = Array.from({ length: 100 }, (_, index) => `n${index}`);
    const links = chain
      .slice(1)
      .map((id, index): [string, string, number] => [chain[index] ?? id, id, 1]);
    const { positions, placed } = placeNodes(chain, links, {}, createSeededRandom(5));
    expect(placed).toHaveLength(100);
    const points = Object.values(positions);
    const meanRadius =
      points.reduce((total, point) => total + Math.hypot(point.x, point.y), 0) / points.length;
    // Uniform on a disc of radius 10 × √100 = 100: two thirds of the radius on average.
    expect(meanRadius).toBeGreaterThan(50);
    expect(meanRadius).toBeLessThan(80);
  });

  it('places the same nodes at the same points for the same seed', () => {
    const first = placeNodes(nodes, edges, {}, createSeededRandom(7)).positions;
    const second = placeNodes(nodes, edges, {}, createSeededRandom(7)).positions;
    expect(second).toEqual(first);
  });
});

describe('runLayout', () => {
  const start = placeNodes(nodes, edges, {}, createSeededRandom(3)).positions;

  it('draws linked organizations closer together than the groups are to each other', () => {
    const positions = runLayout({ nodes, edges, positions: start, fixed: [], iterations: 300 });
    const within = distance(positions.a2, positions.a3) + distance(positions.b2, positions.b3);
    const across = distance(positions.a2, positions.b3) + distance(positions.a3, positions.b2);
    expect(within * 2).toBeLessThan(across);
  });

  it('stops after the given number of iterations, reporting progress between chunks', () => {
    const progress: number[] = [];
    runLayout(
      { nodes, edges, positions: start, fixed: [], iterations: 50 },
      (_positions, done) => progress.push(done),
      { chunkSize: 20, settledBelow: 0 },
    );
    expect(progress).toEqual([20, 40]);
  });

  it('stops well before the iterations run out once the nodes barely move', () => {
    const input = { nodes, edges, positions: start, fixed: [], iterations: 2_000 };
    const settled = layOut(input);
    expect(settled.done).toBeLessThan(200);
    const positions = positionsOf(nodes, settled.coordinates);
    const longer = runLayout(input, undefined, { settledBelow: 0 });
    // Running on would only jitter the nodes in place: none moves by a tenth of the map's width.
    const width =
      Math.max(...nodes.map((id) => longer[id]?.x ?? 0)) -
      Math.min(...nodes.map((id) => longer[id]?.x ?? 0));
    for (const id of nodes) {
      expect(distance(positions[id] ?? { x: 0, y: 0 }, longer[id] ?? { x: 0, y: 0 })).toBeLessThan(
        width / 10,
      );
    }
  });

  it('gives the coordinates of the nodes in the order it was given them', () => {
    const { coordinates } = layOut({
      nodes,
      edges,
      positions: start,
      fixed: nodes,
      iterations: 10,
    });
    expect(coordinates).toHaveLength(nodes.length * 2);
    expect(positionsOf(nodes, coordinates)).toEqual(start);
  });

  it('reports progress no more often than asked', () => {
    let clock = 0;
    const progress: number[] = [];
    runLayout(
      { nodes, edges, positions: start, fixed: [], iterations: 100 },
      (_positions, done) => progress.push(done),
      { chunkSize: 10, reportEvery: 25, now: () => (clock += 10), settledBelow: 0 },
    );
    // The clock moves 10 per reading: a report every third chunk or so, none after the last.
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.length).toBeLessThan(9);
    expect(progress.at(-1)).toBeLessThan(100);
  });

  it('is deterministic and leaves fixed nodes where they are', () => {
    const input = { nodes, edges, positions: start, fixed: ['a1', 'b1'], iterations: 40 };
    const first = runLayout(input);
    expect(runLayout(input)).toEqual(first);
    expect(first.a1).toEqual(start.a1);
    expect(first.b1).toEqual(start.b1);
    expect(first.a2).not.toEqual(start.a2);
  });

  it('does nothing when every node is fixed', () => {
    const progress: number[] = [];
    const positions = runLayout(
      { nodes, edges, positions: start, fixed: nodes, iterations: 40 },
      (_positions, done) => progress.push(done),
    );
    expect(progress).toEqual([]);
    expect(positions).toEqual(start);
  });
});
