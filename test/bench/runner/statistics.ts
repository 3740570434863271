/** The figures the bench reports for a list of samples. */
export type Summary = { runs: number; median: number; min: number; max: number; p95: number };

/** Value at a quantile (0–1) by the nearest-rank method, on sorted samples. */
function quantile(sorted: readonly number[], fraction: number): number {
  const rank = Math.max(Math.ceil(fraction * sorted.length) - 1, 0);
  return sorted[Math.min(rank, sorted.length - 1)] ?? Number.NaN;
}

/** Median (mean of the middle two for an even count), minimum, maximum and 95th percentile. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarize.');
  const sorted = [...samples].sort((first, second) => first - second);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return {
    runs: sorted.length,
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    p95: quantile(sorted, 0.95),
  };
}
