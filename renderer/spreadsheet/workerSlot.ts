import type { SpreadsheetProblem } from '../../shared/exchange/problems';
import {
  damagedAnswer,
  isJobResult,
  type WorkerHandle,
  type WorkerJobResult,
} from './runWorkerJob';

/** One job for a kept worker: what to send, and how long it may take. */
export type SlotJob<Request> = {
  request: Request;
  timeLimitMs: number;
  timeoutProblem: SpreadsheetProblem;
};

/** A worker kept between jobs: started by the first job, reused by the next ones. */
export type WorkerSlot<Request> = {
  /** Runs one job; never rejects (a crash, a time-out or a malformed answer is a problem). */
  run<Result extends WorkerJobResult>(
    job: SlotJob<Request>,
  ): Promise<Result | { ok: false; problem: SpreadsheetProblem }>;
};

/**
 * A worker started once and kept for the jobs that follow (a returns day reads sixty workbooks
 * back to back: starting a worker and loading SheetJS for each cost more than reading it).
 * A worker that outlasts a job's time limit, fails or answers nonsense is terminated and the
 * next job starts a fresh one; a job arriving while the kept worker is busy gets a worker of its
 * own. The kept worker is terminated after `keepIdleMs` without work, freeing its memory.
 */
export function createWorkerSlot<Request>(
  startWorker: () => WorkerHandle<Request>,
  keepIdleMs: number,
): WorkerSlot<Request> {
  let idle: WorkerHandle<Request> | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const take = (): WorkerHandle<Request> => {
    clearTimeout(idleTimer);
    const worker = idle ?? startWorker();
    idle = null;
    return worker;
  };
  const keep = (worker: WorkerHandle<Request>): void => {
    if (idle) {
      worker.terminate();
      return;
    }
    idle = worker;
    idleTimer = setTimeout(() => {
      idle?.terminate();
      idle = null;
    }, keepIdleMs);
  };

  return {
    run<Result extends WorkerJobResult>(
      job: SlotJob<Request>,
    ): Promise<Result | { ok: false; problem: SpreadsheetProblem }> {
      return new Promise((resolve) => {
        const worker = take();
        const finish = (
          result: Result | { ok: false; problem: SpreadsheetProblem },
          healthy: boolean,
        ): void => {
          clearTimeout(timer);
          worker.onmessage = null;
          worker.onerror = null;
          if (healthy) keep(worker);
          else worker.terminate();
          resolve(result);
        };
        const timer = setTimeout(
          () => finish({ ok: false, problem: job.timeoutProblem }, false),
          job.timeLimitMs,
        );
        worker.onmessage = (event) => {
          if (isJobResult<Result>(event.data)) finish(event.data, true);
          else finish(damagedAnswer('risposta non valida'), false);
        };
        worker.onerror = (event) =>
          finish(damagedAnswer(event.message || 'errore di lettura'), false);
        worker.postMessage(job.request);
      });
    },
  };
}
