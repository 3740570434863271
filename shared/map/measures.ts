import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { createSeededRandom } from '../domain/ids';
import { connectedComponents } from './components';
import { buildMeasureGraph } from './measureGraph';
import type { MapModel } from './mapTypes';

/** What the measures say about one organization. */
export type NodeMeasures = {
  /** How many organizations it is linked to. */
  degree: number;
  /** The sum of the weights of its links. */
  weightedDegree: number;
  /** Share of shortest paths between others that pass through it (0 to 1): who bridges groups. */
  betweenness: number;
  /** Index of its connected component in `components`. */
  component: number;
  /** Index of its community; isolated organizations have none. */
  community: number | null;
};

/** The measures of a whole map. */
export type MapMeasures = {
  nodes: Record<string, NodeMeasures>;
  /** Connected components, largest first. */
  components: string[][];
  /** Organizations without any link. */
  isolated: string[];
  /** Communities of linked organizations found by Louvain modularity, largest first. */
  communities: string[][];
  /** The modularity of that partition; 0 when there are no links. */
  modularity: number;
};

// A fixed seed makes the communities the same at every opening of the same map.
const communitySeed = 20_260_101;

/** Degree, weighted degree, betweenness, components, isolated nodes and communities of a map. */
export function computeMapMeasures(model: MapModel): MapMeasures {
  const graph = buildMeasureGraph(model);
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const components = connectedComponents(graph);
  const componentOf = new Map<string, number>();
  components.forEach((members, index) => {
    for (const member of members) componentOf.set(member, index);
  });

  const linked = graph.copy();
  linked.forEachNode((node) => {
    if (linked.degree(node) === 0) linked.dropNode(node);
  });
  const communities: string[][] = [];
  let modularity = 0;
  if (linked.size > 0) {
    const detailed = louvain.detailed(linked, {
      getEdgeWeight: 'weight',
      rng: createSeededRandom(communitySeed),
    });
    modularity = detailed.modularity;
    const groups = new Map<number, string[]>();
    for (const [node, community] of Object.entries(detailed.communities)) {
      const group = groups.get(community) ?? [];
      group.push(node);
      groups.set(community, group);
    }
    communities.push(
      ...[...groups.values()]
        .map((group) => group.sort())
        .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0])),
    );
  }
  const communityOf = new Map<string, number>();
  communities.forEach((members, index) => {
    for (const member of members) communityOf.set(member, index);
  });

  const nodes: Record<string, NodeMeasures> = {};
  const isolated: string[] = [];
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    if (degree === 0) isolated.push(node);
    nodes[node] = {
      degree,
      weightedDegree: weightedDegree(graph, node, 'weight'),
      betweenness: betweenness[node] ?? 0,
      component: componentOf.get(node) ?? 0,
      community: communityOf.get(node) ?? null,
    };
  });
  return { nodes, components, isolated: isolated.sort(), communities, modularity };
}
