import { timeoutProblem } from '../../../shared/exchange/jobResult';
import { spreadsheetLimits } from '../../../shared/exchange/limits';
import type { MapImportJobResult } from '../../../shared/map';
import { runWorkerJob, type WorkerHandle } from '../../spreadsheet/runWorkerJob';
import type { MapImportWorkerRequest } from './importWorker';

/** The map import's worker as the reading uses it; tests stand in workers of their own. */
export type MapImportWorkerHandle = WorkerHandle<MapImportWorkerRequest>;

function startMapImportWorker(): MapImportWorkerHandle {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
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
  return runWorkerJob<MapImportWorkerRequest, MapImportJobResult>({
    startWorker,
    request: { name, bytes },
    timeLimitMs,
    timeoutProblem: timeoutProblem({ ...spreadsheetLimits, timeLimitMs }),
  });
}
