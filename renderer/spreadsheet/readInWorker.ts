import { timeoutProblem, type SpreadsheetJobResult } from '../../shared/exchange/jobResult';
import { spreadsheetLimits, type SpreadsheetLimits } from '../../shared/exchange/limits';
import { runWorkerJob, type WorkerHandle } from './runWorkerJob';
import type { SpreadsheetWorkerRequest } from './spreadsheetWorker';

/** The spreadsheet worker as the reading uses it; tests stand in a worker that never answers. */
export type SpreadsheetWorkerHandle = WorkerHandle<SpreadsheetWorkerRequest>;

/** Starts the spreadsheet worker that ships with the app. */
function startSpreadsheetWorker(): SpreadsheetWorkerHandle {
  return new Worker(new URL('./spreadsheetWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * Reads a spreadsheet in a Web Worker running the same shared code as the desktop's utility
 * process; the worker is terminated when the time limit (`limits.timeLimitMs`) passes, so a
 * hostile file can never hang the page.
 */
export function readSpreadsheetInWorker(
  bytes: Uint8Array,
  limits: SpreadsheetLimits = spreadsheetLimits,
  startWorker: () => SpreadsheetWorkerHandle = startSpreadsheetWorker,
): Promise<SpreadsheetJobResult> {
  return runWorkerJob<SpreadsheetWorkerRequest, SpreadsheetJobResult>({
    startWorker,
    request: { bytes, limits },
    timeLimitMs: limits.timeLimitMs,
    timeoutProblem: timeoutProblem(limits),
  });
}
