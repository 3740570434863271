import { describe, expect, it } from 'vitest';
import type { MeasureSpec } from '../../bench/runner/measure';
import { performanceTable, type TableRun } from '../../bench/runner/performanceTable';
import { buildResults, type Collected } from '../../bench/runner/report';

const specs: MeasureSpec[] = [
  { id: 'floor.read', title: 'floor: read', host: 'chromium', unit: 'ms', targets: [] },
  {
    id: 'import.file',
    title: 'import of the workbook',
    host: 'chromium',
    unit: 'ms',
    targets: [{ kind: 'ratio', limit: 2, text: '≤ 2× read' }],
    floor: ['floor.read'],
  },
  {
    id: 'app.cold-start',
    title: 'cold start | first figures',
    host: 'chromium',
    unit: 'ms',
    targets: [{ kind: 'below', limit: 800, statistic: 'median', text: '< 0.8 s' }],
  },
  {
    id: 'search.keystroke',
    title: 'search keystroke',
    host: 'chromium',
    unit: 'ms',
    targets: [{ kind: 'below', limit: 50, statistic: 'p95', text: '< 50 ms p95' }],
  },
  {
    id: 'app.heap',
    title: 'heap',
    host: 'chromium',
    unit: 'MB',
    targets: [{ kind: 'below', limit: 300, statistic: 'median', text: '< 300 MB' }],
  },
  { id: 'backup.large', title: 'backup', host: 'chromium', unit: 'ms', targets: [] },
];

const run: TableRun = {
  endedAt: '2026-12-06T12:40:00.000Z',
  runsPerMeasure: 5,
  durationSeconds: 900,
  loadAtStart: 1.2,
  loadAtEnd: 3.4,
  cpus: 2,
  cpuModel: 'Intel Xeon',
  node: 'v20.20.2',
  chromium: '156.0.8078.79',
};

function tableOf(collected: Record<string, Collected>, facts: TableRun = run): string {
  return performanceTable(buildResults(specs, new Map(Object.entries(collected))), facts);
}

/** The cells of the row whose measure cell names `id`. */
function rowOf(table: string, id: string): string[] {
  const line = table.split('\n').find((candidate) => candidate.includes(`(\`${id}\`)`));
  if (!line) throw new Error(`No row for ${id} in:\n${table}`);
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

const measured: Record<string, Collected> = {
  'floor.read': { samples: [900, 1_000, 1_100] },
  'import.file': { samples: [2_400, 2_500, 2_600] },
  'app.cold-start': { samples: [700, 750, 790, 1_900, 2_000] },
  'search.keystroke': { samples: [...Array.from({ length: 18 }, () => 20), 70, 80] },
  'app.heap': { samples: [11.4, 12.2, 12.9] },
  'backup.large': { pending: 'the backup is not built yet' },
};

describe('the README’s performance table', () => {
  it('gives one row per measure with its median, 95th percentile, floor and ratio', () => {
    const table = tableOf(measured);
    expect(rowOf(table, 'import.file')).toEqual([
      'import of the workbook (`import.file`)',
      'chromium',
      '2,500',
      '2,600',
      '1,000 (2.50×)',
      '≤ 2× read: **over**',
    ]);
    expect(rowOf(table, 'floor.read').slice(2, 6)).toEqual(['1,000', '1,100', '', '']);
  });

  it('judges a median target on the median and a p95 target on the 95th percentile', () => {
    const table = tableOf(measured);
    expect(rowOf(table, 'app.cold-start').slice(2, 4)).toEqual(['790', '2,000']);
    expect(rowOf(table, 'app.cold-start')[5]).toBe('< 0.8 s: ok');
    expect(rowOf(table, 'search.keystroke').slice(2, 4)).toEqual(['20.0', '70.0']);
    expect(rowOf(table, 'search.keystroke')[5]).toBe('< 50 ms p95: **over**');
  });

  it('keeps a pipe in a title inside its cell, and says the unit of a figure in MB', () => {
    const table = tableOf(measured);
    expect(rowOf(table, 'app.cold-start')[0]).toBe(
      'cold start \\| first figures (`app.cold-start`)',
    );
    expect(rowOf(table, 'app.heap').slice(2, 3)).toEqual(['12 MB']);
  });

  it('says why a measure has no figures, and that a ratio without its floor was not judged', () => {
    const table = tableOf({ ...measured, 'floor.read': { samples: [] } });
    expect(rowOf(table, 'backup.large')[5]).toBe('pending: the backup is not built yet');
    expect(rowOf(table, 'import.file')[5]).toBe('≤ 2× read: no floor in this run');
  });

  it('states in its header the day, the runs and the load average at start and end', () => {
    const [first = '', second = ''] = tableOf(measured).split('\n');
    expect(first).toContain('ended 2026-12-06');
    expect(first).toContain('run 5 times');
    expect(first).toContain('took 15 min');
    expect(second).toContain('Load average 1.2 at start and 3.4 at end on 2 × Intel Xeon');
    expect(second).toContain('other work shared the machine');
    const quiet = tableOf(measured, { ...run, loadAtStart: 0.4, loadAtEnd: 1.9 }).split('\n')[1];
    expect(quiet).not.toContain('other work shared the machine');
  });

  it('lines up as a Markdown table: every row has the header’s number of cells', () => {
    const lines = tableOf(measured)
      .split('\n')
      .filter((line) => line.startsWith('|'));
    expect(lines).toHaveLength(specs.length + 2);
    const cellCount = (line: string): number => line.split(/(?<!\\)\|/).length;
    for (const line of lines) expect(cellCount(line)).toBe(cellCount(lines[0] ?? ''));
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+: \| -+: \| -+ \| -+ \|$/);
  });
});
