import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Grid } from '../../../../shared/exchange/grid';
import { spreadsheetLimits } from '../../../../shared/exchange/limits';
import { translate } from '../../../../shared/i18n';
import type { Translate } from '../../../../renderer/app/RegiaContext';
import {
  readSpreadsheetInWorker,
  type SpreadsheetWorkerHandle,
} from '../../../../renderer/spreadsheet/readInWorker';
import { problemText } from '../../../../renderer/features/exchange/problemText';
import type { SpreadsheetWorkerRequest } from '../../../../renderer/spreadsheet/spreadsheetWorker';

const limits = { ...spreadsheetLimits, timeLimitMs: 5_000 };
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
  };
  return worker;
}

/** Starts a reading and tells whether it has settled yet. */
function startReading(worker: StandInWorker) {
  let settled = false;
  const reading = readSpreadsheetInWorker(bytes, limits, () => worker).then((result) => {
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
    const worker = standInWorker();
    const { reading, settled } = startReading(worker);
    expect(worker.requests).toEqual([{ bytes, limits }]);

    await vi.advanceTimersByTimeAsync(limits.timeLimitMs - 1);
    expect(worker.terminated).toBe(false);
    expect(settled()).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    expect(worker.terminated).toBe(true);
    const result = await reading;
    expect(result).toEqual({ ok: false, problem: { code: 'timeout', params: { seconds: 5 } } });
    if (result.ok) throw new Error('the reading should have timed out');
    const t: Translate = (key, params) => translate('it', key, params);
    expect(problemText(t, result.problem)).toBe(
      'La lettura del file ha superato il tempo massimo (5 secondi) ed è stata interrotta. Nessun dato è stato modificato.',
    );
  });

  it('resolves with the grid a worker answers in time, and stops both the worker and the clock', async () => {
    const worker = standInWorker();
    const { reading } = startReading(worker);
    await vi.advanceTimersByTimeAsync(limits.timeLimitMs / 2);
    worker.answer({ ok: true, grid });

    await expect(reading).resolves.toEqual({ ok: true, grid });
    expect(worker.terminated).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats an answer that is not a reading result as a damaged file', async () => {
    const worker = standInWorker();
    const { reading } = startReading(worker);
    worker.answer('tutto bene');

    await expect(reading).resolves.toEqual({
      ok: false,
      problem: { code: 'damaged', params: { details: 'risposta non valida' } },
    });
    expect(worker.terminated).toBe(true);
  });
});
