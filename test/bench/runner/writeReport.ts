import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performanceTable } from './performanceTable';
import { formatTable, type MeasureResult } from './report';

/** What the report says about the run besides the results. */
export type RunFacts = {
  /** The one-minute load average when the run started. */
  startLoad: number;
  chromium: string;
  durationSeconds: number;
  runsPerMeasure: number;
  data: Record<string, unknown>;
  /** The run's own folder (test-results/bench-<port>), where the Markdown table goes. */
  folder: string;
};

/**
 * Prints the table and the machine, writes the same to bench-results.json at the root, and the
 * README's table to performance-table.md in the run's folder; returns that file's path.
 */
export function writeReport(
  root: string,
  results: readonly MeasureResult[],
  facts: RunFacts,
): string {
  const endLoad = os.loadavg()[0] ?? 0;
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: facts.chromium,
    loadAverageAtStart: Number(facts.startLoad.toFixed(1)),
    loadAverageAtEnd: Number(endLoad.toFixed(1)),
  };
  const report = {
    generatedAt: new Date().toISOString(),
    durationSeconds: facts.durationSeconds,
    runsPerMeasure: facts.runsPerMeasure,
    machine,
    data: facts.data,
    results,
  };
  writeFileSync(path.join(root, 'bench-results.json'), `${JSON.stringify(report, null, 2)}\n`);
  const tableFile = path.join(facts.folder, 'performance-table.md');
  mkdirSync(facts.folder, { recursive: true });
  writeFileSync(
    tableFile,
    performanceTable(results, {
      endedAt: report.generatedAt,
      runsPerMeasure: facts.runsPerMeasure,
      durationSeconds: facts.durationSeconds,
      loadAtStart: machine.loadAverageAtStart,
      loadAtEnd: machine.loadAverageAtEnd,
      cpus: machine.cpus,
      cpuModel: machine.cpuModel,
      node: machine.node,
      chromium: machine.chromium,
    }),
  );
  console.log('');
  console.log(formatTable(results));
  console.log('');
  console.log(
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, Chromium ${machine.chromium}; run took ${Math.round(facts.durationSeconds / 60)} min`,
  );
  if (Math.max(facts.startLoad, endLoad) > machine.cpus) {
    console.log(
      `Load average ${facts.startLoad.toFixed(1)} at start, ${endLoad.toFixed(1)} at end on ${machine.cpus} cores: other work shared the machine, so the absolute figures are inflated; the ratios to floors taken in the same run hold better.`,
    );
  }
  return tableFile;
}
