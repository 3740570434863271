import { timeoutProblem } from '../../../shared/exchange/jobResult';
import { spreadsheetLimits } from '../../../shared/exchange/limits';
import type { MapImportJobResult } from '../../../shared/map';
import type { MapImportWorkerRequest } from './importWorker';

/** The part of a Web Worker the reading uses; tests stand in workers of their own. */
export type MapImportWorkerHandle = {
  postMessage(request: MapImportWorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

function startMapImportWorker(): MapImportWorkerHandle {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
}

function isJobResult(value: unknown): value is MapImportJobResult {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

/**
 * Reads a map file (Kumu workbook, Gephi CSV or zip) in a Web Worker, within the spreadsheet
 * input's limits; the worker is stopped when the time limit passes, so a hostile file can
 * neither freeze the page nor keep a thread busy after it is given up.
 */
export function readMapFileInWorker(
  name: string,
  bytes: Uint8Array,
  timeLimitMs: number = spreadsheetLimits.timeLimitMs,
  startWorker: () => MapImportWorkerHandle = startMapImportWorker,
): Promise<MapImportJobResult> {
  return new Promise((resolve) => {
    const worker = startWorker();
    const finish = (result: MapImportJobResult): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problem: timeoutProblem({ ...spreadsheetLimits, timeLimitMs }) }),
      timeLimitMs,
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
    worker.postMessage({ name, bytes });
  });
}
