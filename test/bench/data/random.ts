import { createSeededRandom } from '../../../shared/domain';

/** Seeded choices for the benchmark generator: the same seed gives the same sequence. */
export type Chooser = {
  /** A number in [0, 1). */
  next: () => number;
  /** An integer from `min` to `max`, both included. */
  integer: (min: number, max: number) => number;
  /** True with the given probability. */
  chance: (probability: number) => boolean;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** One value, with probabilities proportional to the weights. */
  weighted: <K>(weights: readonly (readonly [value: K, weight: number])[]) => K;
  /** `count` distinct elements of the list, in the order drawn (all of them if it is shorter). */
  sample: <T>(items: readonly T[], count: number) => T[];
};

/** A chooser over Mulberry32, the generator the app's seeded ids use. */
export function createChooser(seed: number): Chooser {
  const next = createSeededRandom(seed);
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('Benchmark data: cannot pick from an empty list.');
    return item;
  };
  return {
    next,
    integer,
    chance: (probability) => next() < probability,
    pick,
    weighted: <K>(weights: readonly (readonly [value: K, weight: number])[]): K => {
      const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
      let threshold = next() * total;
      for (const [value, weight] of weights) {
        threshold -= weight;
        if (threshold < 0) return value;
      }
      const last = weights.at(-1);
      if (last === undefined) throw new Error('Benchmark data: no weights to choose from.');
      return last[0];
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      if (count >= items.length) return [...items];
      const chosen = new Set<number>();
      while (chosen.size < count) chosen.add(Math.floor(next() * items.length));
      return [...chosen].flatMap((index) => {
        const item = items[index];
        return item === undefined ? [] : [item];
      });
    },
  };
}
