import type { DerivedLinkOrigin, MapEdge } from './mapTypes';

/** Counts, for each pair of organizations, the projects, actions or meetings they share. */
export class SharedWorkCounter {
  private readonly pairs = new Map<string, { a: string; b: string; basis: string[] }>();

  constructor(private readonly origin: DerivedLinkOrigin) {}

  /** Records one piece of work and everyone taking part in it. */
  add(basisId: string, participants: Iterable<string>): void {
    const unique = [...new Set(participants)].sort();
    for (let first = 0; first < unique.length; first += 1) {
      for (let second = first + 1; second < unique.length; second += 1) {
        const a = unique[first];
        const b = unique[second];
        const key = `${a}:${b}`;
        const pair = this.pairs.get(key);
        if (pair) pair.basis.push(basisId);
        else this.pairs.set(key, { a, b, basis: [basisId] });
      }
    }
  }

  /** One undirected link per pair, weighted by the number of things shared. */
  edges(): MapEdge[] {
    return [...this.pairs.values()].map(({ a, b, basis }) => ({
      id: derivedLinkId(this.origin, a, b),
      source: a,
      target: b,
      origin: this.origin,
      kind: null,
      directed: false,
      weight: basis.length,
      from: null,
      to: null,
      notes: '',
      basis,
    }));
  }
}

/** The id of a derived link: stable, whichever way round the pair is given. */
export function derivedLinkId(origin: DerivedLinkOrigin, first: string, second: string): string {
  const [a, b] = first < second ? [first, second] : [second, first];
  return `${origin}:${a}:${b}`;
}
