import { databaseName } from './databaseName';

/**
 * Starts opening the stored database while the app's code is still loading, and closes the
 * connection as soon as it is open. Chromium takes most of a second to open the files of a large
 * database and keeps them open for a moment after the last connection closes, so the app's own
 * opening, once its code has loaded, finds them ready. A database that does not exist yet is not
 * created here: its creation is aborted, and the app creates it with its schema.
 */
export function warmDatabase(name: string = databaseName): void {
  if (typeof indexedDB === 'undefined') return;
  try {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => request.result.close();
    request.onerror = (event) => event.preventDefault();
    request.onblocked = () => undefined;
  } catch {
    // Warming is only a head start: the app opens the database itself and reports any problem.
  }
}
