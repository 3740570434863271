import { tableNames } from '../../../shared/domain';
import {
  createRegiaDatabase,
  databaseName,
  openRegiaDatabase,
  restoreBackupFile,
  writeDatabaseBackup,
} from '../../../renderer/db';
import type { BackupTiming, Timing } from '../benchApi';

/** The last backup taken, restored by the next restore measure. */
let lastBackup: Uint8Array | null = null;

type MemoryInfo = { usedJSHeapSize: number };

function heapBytes(): number {
  // Chromium's performance.memory (coarse unless the page runs with precise memory info).
  const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
  return memory?.usedJSHeapSize ?? 0;
}

/** Runs work while sampling the heap every 20 ms; answers its time and the heap's peak growth. */
async function withHeapPeak<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; peakMb: number }> {
  const baseline = heapBytes();
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, heapBytes());
  }, 20);
  const start = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, heapBytes());
    return { value, ms: performance.now() - start, peakMb: (peak - baseline) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Writes the app's whole database into a backup file, as the worker does, on this page. */
export async function backupLarge(): Promise<BackupTiming> {
  const db = createRegiaDatabase(databaseName);
  await openRegiaDatabase(db);
  try {
    lastBackup = null;
    const { value, ms, peakMb } = await withHeapPeak(() => writeDatabaseBackup(db, 'bench'));
    lastBackup = value;
    return { ms, peakMb, sizeMb: value.byteLength / 1024 / 1024, count: 1 };
  } finally {
    db.close();
  }
}

/** Restores the last backup into a database of its own (the seeded one stays as it is). */
export async function restoreLarge(): Promise<BackupTiming> {
  if (!lastBackup) throw new Error('No backup taken yet.');
  const bytes = lastBackup;
  const db = createRegiaDatabase('regia-bench-restore');
  await openRegiaDatabase(db);
  try {
    const { value, ms, peakMb } = await withHeapPeak(() =>
      restoreBackupFile(db, bytes, { userName: 'bench', userOrganization: '' }),
    );
    return { ms, peakMb, sizeMb: bytes.byteLength / 1024 / 1024, count: value.totalRows };
  } finally {
    await db.delete();
  }
}

/** The floor of a backup: every table read with a plain IndexedDB cursor, nothing kept. */
export async function cursorReadEveryTable(): Promise<Timing> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    const start = performance.now();
    const stores = tableNames.filter((name) => db.objectStoreNames.contains(name));
    const transaction = db.transaction(stores, 'readonly');
    let count = 0;
    await Promise.all(
      stores.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = transaction.objectStore(name).openCursor();
            request.onerror = () => reject(request.error ?? new Error('cursor failed'));
            request.onsuccess = () => {
              const cursor = request.result;
              if (!cursor) return resolve();
              count += 1;
              cursor.continue();
            };
          }),
      ),
    );
    return { ms: performance.now() - start, count };
  } finally {
    db.close();
  }
}
