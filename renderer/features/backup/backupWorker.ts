// A worker that takes the backup: it opens the database itself, reads every table in one
// transaction and compresses the result, so a large network's backup never blocks the page.
import { encodeBackup } from '../../../shared/backup';
import { createRegiaDatabase, openRegiaDatabase, snapshotDatabase } from '../../db';

/** What the page asks of the backup worker. */
export type BackupWorkerRequest = { databaseName: string; appVersion: string };

/** What the worker answers: the backup's bytes, or why it could not take it. */
export type BackupWorkerResponse = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

self.addEventListener('message', (event: MessageEvent<BackupWorkerRequest>) => {
  void (async () => {
    const db = createRegiaDatabase(event.data.databaseName);
    try {
      await openRegiaDatabase(db);
      const bytes = encodeBackup(await snapshotDatabase(db, event.data.appVersion));
      const response: BackupWorkerResponse = { ok: true, bytes };
      self.postMessage(response, { transfer: [bytes.buffer] });
    } catch (error) {
      const response: BackupWorkerResponse = {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
      self.postMessage(response);
    } finally {
      db.close();
    }
  })();
});
