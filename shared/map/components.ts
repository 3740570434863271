import type { UndirectedGraph } from 'graphology';

/** The connected components of an undirected graph, largest first, each sorted by node id. */
export function connectedComponents(graph: UndirectedGraph): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const component: string[] = [];
    const queue = [start];
    for (let index = 0; index < queue.length; index += 1) {
      const node = queue[index];
      component.push(node);
      graph.forEachNeighbor(node, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.add(neighbour);
        queue.push(neighbour);
      });
    }
    components.push(component.sort());
  });
  return components.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
}
