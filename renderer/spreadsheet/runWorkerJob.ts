import type { SpreadsheetProblem } from '../../shared/exchange/problems';

/** The part of a Web Worker a job uses; tests stand in workers of their own. */
export type WorkerHandle<Request> = {
  postMessage(request: Request): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/** What a worker job answers: its own success, or the problem that stopped it. */
export type WorkerJobResult = { ok: true } | { ok: false; problem: SpreadsheetProblem };

/** Whether a worker's answer has the shape of a job result. */
export function isJobResult<Result extends WorkerJobResult>(value: unknown): value is Result {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

/** The problem of a worker that crashed or answered something that is not a result. */
export function damagedAnswer(details: string): { ok: false; problem: SpreadsheetProblem } {
  return { ok: false, problem: { code: 'damaged', params: { details } } };
}

/**
 * Runs one job in a fresh worker and terminates it when the job answers, fails or outlasts
 * `timeLimitMs`: a hostile file can neither hang the page nor keep a thread busy once given up.
 * Never rejects: a crash or a malformed answer comes back as a "damaged" problem.
 */
export function runWorkerJob<Request, Result extends WorkerJobResult>(job: {
  startWorker: () => WorkerHandle<Request>;
  request: Request;
  timeLimitMs: number;
  timeoutProblem: SpreadsheetProblem;
}): Promise<Result | { ok: false; problem: SpreadsheetProblem }> {
  return new Promise((resolve) => {
    const worker = job.startWorker();
    const finish = (result: Result | { ok: false; problem: SpreadsheetProblem }): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, problem: job.timeoutProblem }),
      job.timeLimitMs,
    );
    worker.onmessage = (event) => {
      finish(isJobResult<Result>(event.data) ? event.data : damagedAnswer('risposta non valida'));
    };
    worker.onerror = (event) => finish(damagedAnswer(event.message || 'errore di lettura'));
    worker.postMessage(job.request);
  });
}
