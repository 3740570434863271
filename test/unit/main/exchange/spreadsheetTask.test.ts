import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetLimits, writePartnerWorkbook } from '../../../../shared/exchange';
import {
  readSpreadsheetInChild,
  type SpreadsheetChild,
  type SpreadsheetChildSpawner,
} from '../../../../main/exchange/spreadsheetTask';
import { prototypePollutionWorkbook, zipBomb } from '../../../fixtures/hostile/hostileFiles';
import { partnerFixture } from '../../shared/exchange/exchangeFixtures';

let folder = '';
let entry = '';
const exits: number[] = [];

/** The child as Node runs it here: the same reader bundled like the utility process, in a worker thread. */
function threadSpawner(file: () => string): SpreadsheetChildSpawner {
  return (): SpreadsheetChild => {
    const worker = new Worker(file());
    worker.on('exit', (code) => exits.push(code));
    return {
      send: (request) => worker.postMessage(request),
      onMessage: (listener) => worker.on('message', listener),
      onExit: (listener) => worker.on('exit', listener),
      kill: () => void worker.terminate(),
    };
  };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'regia-spreadsheet-child-'));
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

describe('reading a spreadsheet in a child', () => {
  it('answers with the grid of a valid workbook', async () => {
    const bytes = writePartnerWorkbook(partnerFixture().base);
    const result = await readSpreadsheetInChild(
      threadSpawner(() => entry),
      bytes,
      spreadsheetLimits,
    );
    expect(result.ok && result.grid.sheets.map((sheet) => sheet.name)).toEqual([
      'Istruzioni',
      'Azioni',
      'Referenti',
      'Indicatori',
      'Azioni di supporto',
      'La vostra organizzazione',
      'Spese',
      'Legenda',
      '_regia',
    ]);
  });

  it('answers with the problem of a hostile file, and nothing reaches a prototype here', async () => {
    const bomb = await readSpreadsheetInChild(
      threadSpawner(() => entry),
      zipBomb(400),
      spreadsheetLimits,
    );
    expect(bomb).toEqual({
      ok: false,
      problem: { code: 'inflatesTooMuch', params: { size: '397', limit: '256' } },
    });
    const polluting = await readSpreadsheetInChild(
      threadSpawner(() => entry),
      prototypePollutionWorkbook(),
      spreadsheetLimits,
    );
    expect(polluting.ok).toBe(true);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('kills a child that runs past the time limit and reports the time-out', async () => {
    const before = exits.length;
    const slow = {
      ...spreadsheetLimits,
      maxUncompressedBytes: 1024 * 1024 * 1024,
      timeLimitMs: 150,
    };
    const started = performance.now();
    const result = await readSpreadsheetInChild(
      threadSpawner(() => entry),
      zipBomb(600),
      slow,
    );
    expect(result).toEqual({ ok: false, problem: { code: 'timeout', params: { seconds: 0 } } });
    expect(performance.now() - started).toBeLessThan(2_000);
    await expect.poll(() => exits.length).toBeGreaterThan(before);
  });

  it('turns a child that dies into a damaged-file problem', async () => {
    const crashing = path.join(folder, 'crash.cjs');
    await build({
      stdin: { contents: 'process.exit(3);', loader: 'js' },
      outfile: crashing,
      platform: 'node',
      format: 'cjs',
      logLevel: 'silent',
    });
    const result = await readSpreadsheetInChild(
      threadSpawner(() => crashing),
      new Uint8Array([1]),
      spreadsheetLimits,
    );
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'damaged',
        params: { details: 'la lettura si è fermata senza risposta, codice 3: file danneggiato' },
      },
    });
  });

  it('refuses a request that is not one, and an answer that is not one', async () => {
    const lying = path.join(folder, 'lying.cjs');
    await build({
      stdin: {
        contents:
          "require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage({ ok: true, grid: { format: 'exe', sheets: [] } }));",
        loader: 'js',
      },
      outfile: lying,
      platform: 'node',
      format: 'cjs',
      logLevel: 'silent',
    });
    const result = await readSpreadsheetInChild(
      threadSpawner(() => lying),
      new Uint8Array([1]),
      spreadsheetLimits,
    );
    expect(result).toEqual({
      ok: false,
      problem: { code: 'damaged', params: { details: 'risposta non valida' } },
    });
    const { answerSpreadsheetRequest } =
      await import('../../../../main/exchange/answerSpreadsheetRequest');
    expect(answerSpreadsheetRequest({ bytes: 'ciao', limits: spreadsheetLimits })).toEqual({
      ok: false,
      problem: { code: 'damaged', params: { details: 'richiesta non valida' } },
    });
  });
});
