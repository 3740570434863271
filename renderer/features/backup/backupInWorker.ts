import type { BackupProblem, BackupSummary } from '../../../shared/backup';
import type { IncrementalBase, IncrementalOutcome } from '../../db/backupDelta';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backupWorkerProtocol';

/** Raised when a backup file itself is wrong (as opposed to the worker failing). */
export class BackupFileProblem extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.kind);
    this.name = 'BackupFileProblem';
  }
}

/** Raised when no worker could run: the caller then does the work on the page. */
export class BackupWorkerUnavailable extends Error {}

function runInWorker(request: BackupWorkerRequest): Promise<BackupWorkerResponse> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new BackupWorkerUnavailable(String(error)));
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<BackupWorkerResponse>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new BackupWorkerUnavailable(event.message || 'backup worker failed'));
    });
    worker.postMessage(request);
  });
}

function unwrap(response: BackupWorkerResponse): BackupWorkerResponse & { ok: true } {
  if (response.ok) return response;
  if ('problem' in response) throw new BackupFileProblem(response.problem);
  throw new Error(response.message);
}

/** The bytes of a backup of the named database, written in a worker. */
export async function writeBackupInWorker(
  databaseName: string,
  appVersion: string,
): Promise<Uint8Array> {
  const response = unwrap(await runInWorker({ kind: 'write', databaseName, appVersion }));
  if (response.kind !== 'bytes') throw new BackupWorkerUnavailable('unexpected answer');
  return response.bytes;
}

/** An incremental copy of the named database against a full copy, written in a worker. */
export async function writeIncrementalInWorker(
  databaseName: string,
  appVersion: string,
  base: IncrementalBase,
): Promise<IncrementalOutcome> {
  const response = unwrap(
    await runInWorker({ kind: 'writeIncremental', databaseName, appVersion, base }),
  );
  if (response.kind !== 'incremental') throw new BackupWorkerUnavailable('unexpected answer');
  return response.outcome;
}

/** What a copy (a full backup, then its incremental copies) would restore, read in a worker. */
export async function inspectBackupInWorker(files: Uint8Array[]): Promise<BackupSummary> {
  const response = unwrap(await runInWorker({ kind: 'inspect', files }));
  if (response.kind !== 'summary') throw new BackupWorkerUnavailable('unexpected answer');
  return response.summary;
}

/** Restores a copy (a full backup, then its incremental copies) into the named database from a worker. */
export async function restoreBackupInWorker(
  request: Extract<BackupWorkerRequest, { kind: 'restore' }>,
): Promise<BackupSummary> {
  const response = unwrap(await runInWorker(request));
  if (response.kind !== 'summary') throw new BackupWorkerUnavailable('unexpected answer');
  return response.summary;
}
