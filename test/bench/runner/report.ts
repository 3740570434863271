import type { MeasureSpec, Target } from './measure';
import { summarize, type Summary } from './statistics';

/** How a measure came out. */
export type Outcome = 'ok' | 'over target' | 'unjudged' | 'floor' | 'info' | 'pending' | 'failed';

/** One line of the results: the figures, the floor and ratio, the targets and the verdict. */
export type MeasureResult = {
  id: string;
  title: string;
  host: MeasureSpec['host'];
  unit: MeasureSpec['unit'];
  outcome: Outcome;
  /** Why a measure is pending or failed. */
  reason?: string;
  summary?: Summary;
  samples?: number[];
  floor?: { of: string[]; median: number };
  ratio?: number;
  targets: { text: string; met: boolean | null }[];
  note?: string;
};

/** What a group reported for one measure, before judging. */
export type Collected = {
  samples?: number[];
  note?: string;
  pending?: string;
  failed?: string;
};

function judge(
  target: Target,
  summary: Summary | undefined,
  ratio: number | undefined,
): boolean | null {
  if (target.kind === 'ratio') return ratio === undefined ? null : ratio <= target.limit;
  if (!summary) return null;
  return summary[target.statistic] <= target.limit;
}

/** Judges every measure against its targets, with floors taken from the same run. */
export function buildResults(
  specs: readonly MeasureSpec[],
  collected: ReadonlyMap<string, Collected>,
): MeasureResult[] {
  const medians = new Map<string, number>();
  for (const spec of specs) {
    const samples = collected.get(spec.id)?.samples;
    if (samples && samples.length > 0) medians.set(spec.id, summarize(samples).median);
  }
  return specs.map((spec) => {
    const found = collected.get(spec.id) ?? {};
    const summary =
      found.samples && found.samples.length > 0 ? summarize(found.samples) : undefined;
    const floorParts = (spec.floor ?? []).map((id) => medians.get(id));
    const floorMedian =
      spec.floor && floorParts.every((part) => part !== undefined)
        ? floorParts.reduce<number>((sum, part) => sum + (part ?? 0), 0)
        : undefined;
    const floor =
      spec.floor && floorMedian !== undefined ? { of: spec.floor, median: floorMedian } : undefined;
    const ratio = summary && floor ? summary.median / floor.median : undefined;
    const targets = spec.targets.map((target) => ({
      text: target.text,
      met: judge(target, summary, ratio),
    }));
    const base = {
      id: spec.id,
      title: spec.title,
      host: spec.host,
      unit: spec.unit,
      targets,
      ...(floor ? { floor } : {}),
      ...(found.note ? { note: found.note } : {}),
    };
    if (found.failed !== undefined) return { ...base, outcome: 'failed', reason: found.failed };
    if (!summary || !found.samples) {
      return { ...base, outcome: 'pending', reason: found.pending ?? 'not measured' };
    }
    const outcome: Outcome =
      targets.length === 0
        ? spec.id.startsWith('floor.')
          ? 'floor'
          : 'info'
        : targets.some((target) => target.met === false)
          ? 'over target'
          : targets.some((target) => target.met === null)
            ? 'unjudged'
            : 'ok';
    return { ...base, outcome, summary, samples: found.samples, ...(ratio ? { ratio } : {}) };
  });
}

function figure(value: number | undefined, unit: MeasureSpec['unit']): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'MB' || value >= 100) return Math.round(value).toLocaleString('en');
  return value.toFixed(1);
}

function ratioText(ratio: number): string {
  return `${ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}×`;
}

function statusText(result: MeasureResult): string {
  if (result.outcome === 'pending') return `pending: ${result.reason ?? ''}`;
  if (result.outcome === 'failed') return `FAILED: ${result.reason ?? ''}`;
  if (result.outcome === 'over target') return 'OVER TARGET';
  if (result.outcome === 'ok') return 'ok';
  // A ratio target whose floor was left out of this run (`--only`) cannot be judged.
  if (result.outcome === 'unjudged') return 'no floor in this run';
  return result.outcome;
}

/** The results as the table the bench prints, one line per measure, notes underneath. */
export function formatTable(results: readonly MeasureResult[]): string {
  const header = [
    'measure',
    'host',
    'median',
    'min',
    'max',
    'p95',
    'unit',
    'n',
    'floor',
    'ratio',
    'target',
    'status',
  ];
  const rows = results.map((result) => [
    result.title,
    result.host,
    figure(result.summary?.median, result.unit),
    figure(result.summary?.min, result.unit),
    figure(result.summary?.max, result.unit),
    figure(result.summary?.p95, result.unit),
    result.unit,
    result.summary ? String(result.summary.runs) : '—',
    figure(result.floor?.median, 'ms'),
    result.ratio === undefined ? '—' : ratioText(result.ratio),
    result.targets.map((target) => target.text).join('; ') || '—',
    statusText(result),
  ]);
  const widths = header.map((title, column) =>
    column === header.length - 1
      ? 0
      : Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = new Set([2, 3, 4, 5, 7, 8, 9]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const notes = results
    .filter((result) => result.note !== undefined)
    .map((result) => `  ${result.id}: ${result.note ?? ''}`);
  return [
    line(header),
    line(widths.map((width) => '─'.repeat(width || 6))),
    ...rows.map(line),
    '',
    'Notes:',
    ...notes,
  ].join('\n');
}
