import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetLimits, spreadsheetProblemCodes } from '../../../../shared/exchange';
import {
  readSpreadsheetInChild,
  type SpreadsheetChild,
  type SpreadsheetChildSpawner,
} from '../../../../main/exchange/spreadsheetTask';
import {
  lastRowWorkbook,
  manyRunsWorkbook,
  oneLineCsv,
  repeatedColumnsOds,
  sparseFarRightWorkbook,
  wideHyperlinkWorkbook,
} from '../../../fixtures/hostile/boundsFiles';
import { lyingZipBomb, millionRowsCsv, zipBomb } from '../../../fixtures/hostile/hostileFiles';
import { mutatedWorkbooks } from '../../../fixtures/hostile/mutations';

// Each file is read by the real reader in a thread whose heap is capped: a reader that built a
// grid of millions of empty cells, or held a 30 MB line several times over, would die there
// and come back as "damaged" instead of the limit it should name.
const heapCapMegabytes = 256;
let folder = '';
let entry = '';

function cappedSpawner(): SpreadsheetChildSpawner {
  return (): SpreadsheetChild => {
    const worker = new Worker(entry, {
      resourceLimits: { maxOldGenerationSizeMb: heapCapMegabytes },
    });
    worker.on('error', () => undefined);
    return {
      send: (request) => worker.postMessage(request),
      onMessage: (listener) => worker.on('message', listener),
      onExit: (listener) => worker.on('exit', listener),
      kill: () => void worker.terminate(),
    };
  };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'regia-hostile-capped-'));
  entry = path.join(folder, 'spreadsheetThread.cjs');
  await build({
    entryPoints: [path.resolve('main/exchange/spreadsheetThread.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe(`hostile files read with a heap of ${heapCapMegabytes} MB`, () => {
  const cases: [string, () => Uint8Array, string, number][] = [
    ['90,000 cells in column XFD', sparseFarRightWorkbook, 'tooManyColumns', 10_000],
    ['one cell on row 1,048,576', lastRowWorkbook, 'rowBeyondLimit', 10_000],
    ['a hyperlink over five million cells', wideHyperlinkWorkbook, 'tooManyCells', 10_000],
    ['an OpenDocument cell repeated 16,000 times', repeatedColumnsOds, 'tooManyColumns', 10_000],
    ['a one-line CSV of 30 MB', () => oneLineCsv(30), 'lineTooLong', 10_000],
    ['a CSV of a million rows', () => millionRowsCsv(), 'tooManyRows', 10_000],
    ['one cell of 100,000 runs', () => manyRunsWorkbook(), 'cellTooLong', 10_000],
    ['a zip bomb of 400 MB', () => zipBomb(400), 'inflatesTooMuch', 10_000],
    [
      'a zip bomb lying about its size',
      () => lyingZipBomb(400),
      'inflatesMoreThanDeclared',
      10_000,
    ],
  ];
  // The bound is a tenth of the time limit, worker start included: before these checks the
  // first file ran for minutes past 2 GB, and the one-line CSV peaked at 1.8 GB.
  it.each(cases)(
    'refuses %s with its limit, in time and within the heap',
    async (_, make, code, ms) => {
      const bytes = make();
      const started = performance.now();
      const result = await readSpreadsheetInChild(cappedSpawner(), bytes, spreadsheetLimits);
      expect(result).toMatchObject({ ok: false, problem: { code } });
      expect(performance.now() - started).toBeLessThan(ms);
    },
  );

  it('answers thirty mutated copies of real xls, xlsx and ods files each with a grid or a problem, none hanging', async () => {
    const limits = { ...spreadsheetLimits, timeLimitMs: 5_000 };
    const started = performance.now();
    const outcomes: string[] = [];
    for (const mutant of mutatedWorkbooks(30)) {
      const result = await readSpreadsheetInChild(cappedSpawner(), mutant.bytes, limits);
      outcomes.push(result.ok ? 'ok' : result.problem.code);
    }
    expect(outcomes).toHaveLength(30);
    for (const outcome of outcomes) expect(['ok', ...spreadsheetProblemCodes]).toContain(outcome);
    // The seed run mixes files that still read and files refused as damaged.
    expect(outcomes).toContain('ok');
    expect(outcomes).toContain('damaged');
    expect(outcomes).not.toContain('timeout');
    // At most about a second each (a fresh process per file), never the 5 s time-out.
    expect(performance.now() - started).toBeLessThan(90_000);
  }, 120_000);
});
