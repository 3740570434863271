import type { BackupWorkerRequest, BackupWorkerResponse } from './backupWorker';

/**
 * The bytes of a backup of the named database, taken in a Web Worker. Rejects with the
 * worker's reason; the caller may then take the backup on the page instead.
 */
export function encodeBackupInWorker(
  databaseName: string,
  appVersion: string,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<BackupWorkerResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'backup worker failed'));
    });
    const request: BackupWorkerRequest = { databaseName, appVersion };
    worker.postMessage(request);
  });
}
