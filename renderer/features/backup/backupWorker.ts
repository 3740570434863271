// A worker for the heavy side of backups: it opens the database itself, so that writing a
// backup, reading one through for its preview and restoring one never block the page.
import { inspectBackupChain, summaryOfReport, withBackupProblem } from '../../../shared/backup';
import {
  backupRowOptions,
  createRegiaDatabase,
  openRegiaDatabase,
  restoreBackupFiles,
  writeDatabaseBackup,
} from '../../db';
import { writeIncrementalBackup } from '../../db/backupDelta';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backupWorkerProtocol';

async function answer(request: BackupWorkerRequest): Promise<BackupWorkerResponse> {
  if (request.kind === 'inspect') {
    const read = withBackupProblem(() => inspectBackupChain(request.files, backupRowOptions));
    return read.ok
      ? { ok: true, kind: 'summary', summary: summaryOfReport(read.value) }
      : { ok: false, problem: read.problem };
  }
  const db = createRegiaDatabase(request.databaseName);
  try {
    await openRegiaDatabase(db);
    if (request.kind === 'write') {
      const bytes = await writeDatabaseBackup(db, request.appVersion);
      return { ok: true, kind: 'bytes', bytes };
    }
    if (request.kind === 'writeIncremental') {
      const outcome = await writeIncrementalBackup(db, request.base, request.appVersion);
      return { ok: true, kind: 'incremental', outcome };
    }
    const restored = await withBackupProblemAsync(() =>
      restoreBackupFiles(db, request.files, request.identity),
    );
    return restored.ok
      ? { ok: true, kind: 'summary', summary: summaryOfReport(restored.value) }
      : { ok: false, problem: restored.problem };
  } finally {
    db.close();
  }
}

async function withBackupProblemAsync<T>(
  run: () => Promise<T>,
): Promise<ReturnType<typeof withBackupProblem<T>>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const problem = withBackupProblem(() => {
      throw error;
    });
    if (!problem.ok) return problem;
    throw error;
  }
}

self.addEventListener('message', (event: MessageEvent<BackupWorkerRequest>) => {
  void answer(event.data)
    .catch((error: unknown): BackupWorkerResponse => ({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }))
    .then((response) => {
      const transfer =
        response.ok && response.kind === 'bytes'
          ? [response.bytes.buffer]
          : response.ok &&
              response.kind === 'incremental' &&
              response.outcome.kind === 'incremental'
            ? [response.outcome.bytes.buffer]
            : [];
      self.postMessage(response, { transfer });
    });
});
