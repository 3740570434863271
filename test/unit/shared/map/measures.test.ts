import { describe, expect, it } from 'vitest';
import {
  computeMapMeasures,
  neighboursOf,
  topBrokers,
  type MapEdge,
  type MapModel,
} from '../../../../shared/map';

const node = (id: string) => ({
  id,
  label: id,
  type: 'comune' as const,
  provincia: '',
  comune: '',
  areasOfWork: [],
  notes: '',
  role: null,
  actionCount: 0,
});

const link = (source: string, target: string, weight = 1, directed = false): MapEdge => ({
  id: `${source}-${target}-${weight}`,
  source,
  target,
  origin: 'relationship',
  kind: 'collaborazione',
  directed,
  weight,
  from: null,
  to: null,
  notes: '',
  basis: [],
});

const graph = (ids: string[], edges: MapEdge[]): MapModel => ({ nodes: ids.map(node), edges });

/** Every pair of the given nodes linked. */
const clique = (ids: string[]): MapEdge[] =>
  ids.flatMap((source, index) => ids.slice(index + 1).map((target) => link(source, target)));

describe('computeMapMeasures', () => {
  it('on a path a–b–c–d, the inner nodes bridge and the ends do not', () => {
    const measures = computeMapMeasures(
      graph(['a', 'b', 'c', 'd'], [link('a', 'b'), link('b', 'c'), link('c', 'd')]),
    );
    expect(measures.nodes.a.degree).toBe(1);
    expect(measures.nodes.b.degree).toBe(2);
    expect(measures.nodes.a.betweenness).toBe(0);
    // b lies on the shortest paths a–c and a–d: 2 of the 3 pairs not involving b.
    expect(measures.nodes.b.betweenness).toBeCloseTo(2 / 3);
    expect(measures.nodes.c.betweenness).toBeCloseTo(measures.nodes.b.betweenness);
    expect(measures.components).toHaveLength(1);
    expect(measures.isolated).toEqual([]);
  });

  it('on a star, the centre lies on every path and its weighted degree sums its links', () => {
    const measures = computeMapMeasures(
      graph(
        ['centre', 'l1', 'l2', 'l3', 'l4'],
        [
          link('centre', 'l1', 2),
          link('centre', 'l2', 3),
          link('l3', 'centre'),
          link('l4', 'centre'),
        ],
      ),
    );
    expect(measures.nodes.centre.degree).toBe(4);
    expect(measures.nodes.centre.weightedDegree).toBe(7);
    expect(measures.nodes.centre.betweenness).toBeCloseTo(1);
    expect(measures.nodes.l1.betweenness).toBe(0);
  });

  it('counts two links between the same pair once in the degree and twice in the weight', () => {
    const measures = computeMapMeasures(
      graph(['a', 'b'], [link('a', 'b', 2, true), link('b', 'a', 5)]),
    );
    expect(measures.nodes.a.degree).toBe(1);
    expect(measures.nodes.a.weightedDegree).toBe(7);
  });

  it('finds two communities in two cliques joined by a bridge, and the bridge ends as the top brokers', () => {
    const left = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const right = ['b1', 'b2', 'b3', 'b4', 'b5'];
    const measures = computeMapMeasures(
      graph([...left, ...right], [...clique(left), ...clique(right), link('a1', 'b1')]),
    );
    expect(measures.communities).toHaveLength(2);
    expect(new Set(measures.communities.map((members) => members.join()))).toEqual(
      new Set([left.join(), right.join()]),
    );
    expect(measures.nodes.a2.community).toBe(measures.nodes.a5.community);
    expect(measures.nodes.a2.community).not.toBe(measures.nodes.b2.community);
    const ranked = Object.entries(measures.nodes)
      .sort(([, x], [, y]) => y.betweenness - x.betweenness)
      .map(([id]) => id);
    expect(ranked.slice(0, 2).sort()).toEqual(['a1', 'b1']);
    // a1 is on every path from a2..a5 to the five right-hand nodes: 4 × 5 of the 36 pairs.
    expect(measures.nodes.a1.betweenness).toBeCloseTo(20 / 36);
    expect(measures.modularity).toBeGreaterThan(0.3);
  });

  it('lists connected components largest first and the isolated organizations apart', () => {
    const measures = computeMapMeasures(
      graph(['a', 'b', 'c', 'd', 'e', 'alone'], [link('a', 'b'), link('b', 'c'), link('d', 'e')]),
    );
    expect(measures.components).toEqual([['a', 'b', 'c'], ['d', 'e'], ['alone']]);
    expect(measures.nodes.d.component).toBe(1);
    expect(measures.isolated).toEqual(['alone']);
    expect(measures.nodes.alone.community).toBeNull();
  });

  it('handles a map without links', () => {
    const measures = computeMapMeasures(graph(['a', 'b'], []));
    expect(measures.isolated).toEqual(['a', 'b']);
    expect(measures.communities).toEqual([]);
    expect(measures.modularity).toBe(0);
  });
});

describe('neighboursOf and topBrokers', () => {
  const model = graph(
    ['hub', 'x', 'y', 'z'],
    [link('hub', 'x'), link('y', 'hub', 2, true), link('hub', 'x', 3), link('y', 'z')],
  );

  it('list the organizations linked to a node, by name, with every link they share', () => {
    const neighbours = neighboursOf(model, 'hub');
    expect(neighbours.map((neighbour) => neighbour.node.id)).toEqual(['x', 'y']);
    expect(neighbours[0].links).toHaveLength(2);
    expect(neighboursOf(model, 'z').map((neighbour) => neighbour.node.id)).toEqual(['y']);
  });

  it('rank the organizations that bridge, leaving out the ones that bridge nothing', () => {
    const measures = computeMapMeasures(model);
    expect(topBrokers(measures.nodes, 5)).toEqual(['hub', 'y']);
    expect(topBrokers(measures.nodes, 1)).toEqual(['hub']);
  });
});
