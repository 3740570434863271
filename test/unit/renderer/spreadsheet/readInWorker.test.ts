import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Grid } from '../../../../shared/exchange/grid';
import { spreadsheetLimits } from '../../../../shared/exchange/limits';
import { translate } from '../../../../shared/i18n';
import type { Translate } from '../../../../renderer/app/RegiaContext';
import {
  spreadsheetReader,
  type SpreadsheetWorkerHandle,
} from '../../../../renderer/spreadsheet/readInWorker';
import { problemText } from '../../../../renderer/features/exchange/problemText';
import type { SpreadsheetWorkerRequest } from '../../../../renderer/spreadsheet/spreadsheetWorker';

const limits = { ...spreadsheetLimits, timeLimitMs: 5_000 };
const keepIdleMs = 60_000;
const bytes = new Uint8Array([80, 75, 3, 4]);
const grid: Grid = {
  format: 'xlsx',
  sheets: [{ name: 'Enti', hidden: false, rows: [['Ragione sociale'], ['Comune di Segrate']] }],
};

type StandInWorker = SpreadsheetWorkerHandle & {
  requests: SpreadsheetWorkerRequest[];
  terminated: boolean;
  /** Sends a message back to the page, as the worker's `postMessage` would. */
  answer(data: unknown): void;
  /** Fails as a worker whose script throws. */
  crash(message: string): void;
};

// Node has no Web Worker: this stand-in records what the reading asks of the worker, and answers
// only when the test says so (a hostile file keeps the real one busy for ever).
function standInWorker(): StandInWorker {
  const worker: StandInWorker = {
    requests: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(request) {
      worker.requests.push(request);
    },
    terminate() {
      worker.terminated = true;
    },
    answer(data) {
      if (!worker.terminated) worker.onmessage?.(new MessageEvent('message', { data }));
    },
    crash(message) {
      // Node has no ErrorEvent: an Event with the fields a worker's error carries.
      const event = Object.assign(new Event('error'), {
        message,
        filename: 'spreadsheetWorker.js',
        lineno: 1,
        colno: 1,
        error: null,
      });
      if (!worker.terminated) worker.onerror?.(event);
    },
  };
  return worker;
}

/** A reader whose workers are stand-ins, each recorded in `started` as the reader starts it. */
function standInReader() {
  const started: StandInWorker[] = [];
  const read = spreadsheetReader(() => {
    const worker = standInWorker();
    started.push(worker);
    return worker;
  }, keepIdleMs);
  return { read, started };
}

/** Starts a reading and tells whether it has settled yet. */
function startReading(read: ReturnType<typeof standInReader>['read'], readingLimits = limits) {
  let settled = false;
  const reading = read(bytes, readingLimits).then((result) => {
    settled = true;
    return result;
  });
  return { reading, settled: () => settled };
}

describe('reading a spreadsheet in a Web Worker (browser host)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('terminates a worker that never answers exactly at the time limit and reports the time-out in plain Italian', async () => {
    const { read, started } = standInReader();
    const { reading, settled } = startReading(read);
    const [worker] = started;
    expect(worker?.requests).toEqual([{ bytes, limits }]);

    await vi.advanceTimersByTimeAsync(limits.timeLimitMs - 1);
    expect(worker?.terminated).toBe(false);
    expect(settled()).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    expect(worker?.terminated).toBe(true);
    const result = await reading;
    expect(result).toEqual({ ok: false, problem: { code: 'timeout', params: { seconds: 5 } } });
    if (result.ok) throw new Error('the reading should have timed out');
    const t: Translate = (key, params) => translate('it', key, params);
    expect(problemText(t, result.problem)).toBe(
      'La lettura del file ha superato il tempo massimo (5 secondi) ed è stata interrotta. Nessun dato è stato modificato.',
    );
  });

  it('resolves with the grid a worker answers in time, stops the clock of the reading and keeps the worker for the next file', async () => {
    const { read, started } = standInReader();
    const first = startReading(read);
    await vi.advanceTimersByTimeAsync(limits.timeLimitMs / 2);
    started[0]?.answer({ ok: true, grid });
    await expect(first.reading).resolves.toEqual({ ok: true, grid });
    expect(started[0]?.terminated).toBe(false);
    // Only the kept worker's idle clock is left.
    expect(vi.getTimerCount()).toBe(1);

    const second = startReading(read);
    expect(started).toHaveLength(1);
    expect(started[0]?.requests).toHaveLength(2);
    started[0]?.answer({ ok: true, grid });
    await expect(second.reading).resolves.toEqual({ ok: true, grid });
  });

  it('terminates the kept worker once it has been idle for its keeping time, and starts a new one after', async () => {
    const { read, started } = standInReader();
    const first = startReading(read);
    started[0]?.answer({ ok: true, grid });
    await first.reading;

    await vi.advanceTimersByTimeAsync(keepIdleMs - 1);
    expect(started[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started[0]?.terminated).toBe(true);
    expect(vi.getTimerCount()).toBe(0);

    const second = startReading(read);
    expect(started).toHaveLength(2);
    started[1]?.answer({ ok: true, grid });
    await expect(second.reading).resolves.toEqual({ ok: true, grid });
  });

  it('holds a reused worker to the limits and time limit of each reading', async () => {
    const { read, started } = standInReader();
    const first = startReading(read);
    started[0]?.answer({ ok: true, grid });
    await first.reading;

    const tighter = { ...limits, maxRows: 10, timeLimitMs: 2_000 };
    const second = startReading(read, tighter);
    expect(started[0]?.requests.at(-1)).toEqual({ bytes, limits: tighter });
    await vi.advanceTimersByTimeAsync(tighter.timeLimitMs);
    await expect(second.reading).resolves.toEqual({
      ok: false,
      problem: { code: 'timeout', params: { seconds: 2 } },
    });
    expect(started[0]?.terminated).toBe(true);
  });

  it('recovers after a time-out: the next file is read by a fresh worker, not the one given up', async () => {
    const { read, started } = standInReader();
    const stuck = startReading(read);
    await vi.advanceTimersByTimeAsync(limits.timeLimitMs);
    await stuck.reading;
    // A late answer of the worker given up reaches no one.
    started[0]?.answer({ ok: true, grid });

    const next = startReading(read);
    expect(started).toHaveLength(2);
    started[1]?.answer({ ok: true, grid });
    await expect(next.reading).resolves.toEqual({ ok: true, grid });
    expect(started[0]?.requests).toHaveLength(1);
  });

  it('reports a crashed worker as a damaged file and reads the next file in a fresh worker', async () => {
    const { read, started } = standInReader();
    const crashed = startReading(read);
    started[0]?.crash('Out of memory');
    await expect(crashed.reading).resolves.toEqual({
      ok: false,
      problem: { code: 'damaged', params: { details: 'Out of memory' } },
    });
    expect(started[0]?.terminated).toBe(true);
    expect(vi.getTimerCount()).toBe(0);

    const next = startReading(read);
    expect(started).toHaveLength(2);
    started[1]?.answer({ ok: true, grid });
    await expect(next.reading).resolves.toEqual({ ok: true, grid });
  });

  it('treats an answer that is not a reading result as a damaged file and drops that worker', async () => {
    const { read, started } = standInReader();
    const { reading } = startReading(read);
    started[0]?.answer('tutto bene');

    await expect(reading).resolves.toEqual({
      ok: false,
      problem: { code: 'damaged', params: { details: 'risposta non valida' } },
    });
    expect(started[0]?.terminated).toBe(true);
  });

  it('gives a file read while the kept worker is busy a worker of its own, and keeps only one after', async () => {
    const { read, started } = standInReader();
    const first = startReading(read);
    const second = startReading(read);
    expect(started).toHaveLength(2);
    started[1]?.answer({ ok: true, grid });
    started[0]?.answer({ ok: true, grid });
    await Promise.all([first.reading, second.reading]);
    expect(started.filter((worker) => worker.terminated)).toHaveLength(1);

    const third = startReading(read);
    expect(started).toHaveLength(2);
    started[1]?.answer({ ok: true, grid });
    await expect(third.reading).resolves.toEqual({ ok: true, grid });
  });
});
