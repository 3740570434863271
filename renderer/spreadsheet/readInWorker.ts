import { timeoutProblem, type SpreadsheetJobResult } from '../../shared/exchange/jobResult';
import { spreadsheetLimits, type SpreadsheetLimits } from '../../shared/exchange/limits';
import type { WorkerHandle } from './runWorkerJob';
import type { SpreadsheetWorkerRequest } from './spreadsheetWorker';
import { createWorkerSlot, type WorkerSlot } from './workerSlot';

/** The spreadsheet worker as the reading uses it; tests stand in a worker that never answers. */
export type SpreadsheetWorkerHandle = WorkerHandle<SpreadsheetWorkerRequest>;

/** Reads a file's bytes within the limits; never rejects. */
export type SpreadsheetReader = (
  bytes: Uint8Array,
  limits?: SpreadsheetLimits,
) => Promise<SpreadsheetJobResult>;

/** How long the worker is kept after a reading: the next file of a returns day finds it ready. */
export const keepReaderIdleMs = 60_000;

/** Starts the spreadsheet worker that ships with the app. */
function startSpreadsheetWorker(): SpreadsheetWorkerHandle {
  return new Worker(new URL('./spreadsheetWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * A reader of spreadsheets in a Web Worker running the same shared code as the desktop's
 * utility process. Its worker is kept between readings (createWorkerSlot) and terminated when a
 * reading passes its time limit (`limits.timeLimitMs`), crashes or answers nonsense, so a
 * hostile file can never hang the page and the next file gets a fresh worker.
 */
export function spreadsheetReader(
  startWorker: () => SpreadsheetWorkerHandle = startSpreadsheetWorker,
  keepIdleMs: number = keepReaderIdleMs,
): SpreadsheetReader {
  const slot: WorkerSlot<SpreadsheetWorkerRequest> = createWorkerSlot(startWorker, keepIdleMs);
  return (bytes, limits = spreadsheetLimits) =>
    slot.run<SpreadsheetJobResult>({
      request: { bytes, limits },
      timeLimitMs: limits.timeLimitMs,
      timeoutProblem: timeoutProblem(limits),
    });
}

let appReader: SpreadsheetReader | null = null;

/** Reads a spreadsheet in the app's one kept spreadsheet worker (spreadsheetReader). */
export function readSpreadsheetInWorker(
  bytes: Uint8Array,
  limits: SpreadsheetLimits = spreadsheetLimits,
): Promise<SpreadsheetJobResult> {
  appReader ??= spreadsheetReader();
  return appReader(bytes, limits);
}
