import type { MeasureResult } from './report';

/** What the table's header says about the run the figures come from. */
export type TableRun = {
  /** When the run ended, ISO 8601. */
  endedAt: string;
  runsPerMeasure: number;
  durationSeconds: number;
  /** One-minute load averages when the run started and when it ended. */
  loadAtStart: number;
  loadAtEnd: number;
  cpus: number;
  cpuModel: string;
  node: string;
  chromium: string;
};

function figure(value: number | undefined, unit: MeasureResult['unit']): string {
  if (value === undefined || Number.isNaN(value)) return '';
  const number =
    unit === 'MB' || value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
  return unit === 'MB' ? `${number} MB` : number;
}

function ratioText(ratio: number): string {
  return `${ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2)}×`;
}

function floorCell(result: MeasureResult): string {
  if (!result.floor) return '';
  const ratio = result.ratio === undefined ? '' : ` (${ratioText(result.ratio)})`;
  return `${figure(result.floor.median, 'ms')}${ratio}`;
}

function targetCell(result: MeasureResult): string {
  if (result.outcome === 'failed') return `failed: ${result.reason ?? ''}`;
  if (result.outcome === 'pending') return `pending: ${result.reason ?? ''}`;
  return result.targets
    .map(({ text, met }) => {
      if (met === null) return `${text}: no floor in this run`;
      return `${text}: ${met ? 'ok' : '**over**'}`;
    })
    .join('; ');
}

// A cell must not end the row early nor break it.
const cellText = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function tableLines(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const alignment = header.map((_, column) => (column >= 2 && column <= 3 ? 'right' : 'left'));
  const cells = [header, ...rows].map((row) => row.map(cellText));
  const widths = header.map((_, column) =>
    Math.max(3, ...cells.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]): string =>
    `| ${row
      .map((cell, column) =>
        alignment[column] === 'right'
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) =>
      alignment[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`;
  const [first = [], ...rest] = cells;
  return [line(first), rule, ...rest.map(line)];
}

/**
 * The run's results as a Markdown table ready for the README: one row per measure with its
 * median, 95th percentile, floor and ratio, and each target with ok or over; the header says
 * when the run was made, on what machine and under what load.
 */
export function performanceTable(results: readonly MeasureResult[], run: TableRun): string {
  const day = run.endedAt.slice(0, 10);
  const shared = Math.max(run.loadAtStart, run.loadAtEnd) > run.cpus;
  const intro = [
    `One whole \`npm run bench\` ended ${day}: each measure warmed up once, then run ${run.runsPerMeasure} times (more where a 95th percentile needs them); the run took ${Math.round(run.durationSeconds / 60)} min.`,
    `Load average ${run.loadAtStart.toFixed(1)} at start and ${run.loadAtEnd.toFixed(1)} at end on ${run.cpus} × ${run.cpuModel}${shared ? ': other work shared the machine, so read the ratios to the floors more than the times' : ''}; Node ${run.node}, Chromium ${run.chromium}.`,
    'Times in ms unless stated; floors are medians of the same run.',
  ];
  const rows = results.map((result) => [
    `${result.title} (\`${result.id}\`)`,
    result.host,
    figure(result.summary?.median, result.unit),
    result.summary && result.summary.runs > 1 ? figure(result.summary.p95, result.unit) : '',
    floorCell(result),
    targetCell(result),
  ]);
  const header = ['measure', 'host', 'median', 'p95', 'floor (ratio)', 'target'];
  return [...intro, '', ...tableLines(header, rows), ''].join('\n');
}
