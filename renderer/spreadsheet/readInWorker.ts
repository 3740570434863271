import { timeoutProblem, type SpreadsheetJobResult } from '../../shared/exchange/jobResult';
import { spreadsheetLimits, type SpreadsheetLimits } from '../../shared/exchange/limits';
import type { SpreadsheetWorkerRequest } from './spreadsheetWorker';

function isJobResult(value: unknown): value is SpreadsheetJobResult {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

/** The part of a Web Worker the reading uses; tests stand in a worker that never answers. */
export type SpreadsheetWorkerHandle = {
  postMessage(request: SpreadsheetWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

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
  return new Promise((resolve) => {
    const worker = startWorker();
    const finish = (result: SpreadsheetJobResult): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problem: timeoutProblem(limits) }),
      limits.timeLimitMs,
    );
    worker.onmessage = (event) => {
      finish(
        isJobResult(event.data)
          ? event.data
          : { ok: false, problem: { code: 'damaged', params: { details: 'risposta non valida' } } },
      );
    };
    worker.onerror = (event) => {
      finish({
        ok: false,
        problem: { code: 'damaged', params: { details: event.message || 'errore di lettura' } },
      });
    };
    const request: SpreadsheetWorkerRequest = { bytes, limits };
    worker.postMessage(request);
  });
}
