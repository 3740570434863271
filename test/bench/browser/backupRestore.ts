import { tableNames } from '../../../shared/domain';
import {
  createRegiaDatabase,
  databaseName,
  openRegiaDatabase,
  restoreBackupFile,
  writeDatabaseBackup,
} from '../../../renderer/db';
import type { BackupTiming, Timing } from '../benchApi';
import { openDatabase, transactionDone } from './floors';

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

/** Rows per `getAll` of the paged floor: the page the backup itself reads. */
const floorPageRows = 5000;

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Every row of one store, one `getAll` per page of rows in primary-key order, nothing kept. */
async function readStoreInPages(store: IDBObjectStore): Promise<number> {
  let count = 0;
  let after: IDBValidKey | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const page: unknown[] = await requestResult(store.getAll(range, floorPageRows));
    count += page.length;
    if (page.length < floorPageRows) return count;
    const last: unknown = page[page.length - 1];
    const key: unknown = Reflect.get(Object(last), 'id') ?? Reflect.get(Object(last), 'key');
    if (typeof key !== 'string') throw new Error(`${store.name}: a row without a string key`);
    after = key;
  }
}

/** The other floor of a backup: every table read by primary key in pages, one `getAll` each. */
export async function pagedReadEveryTable(): Promise<Timing> {
  const db = await openDatabase(databaseName);
  try {
    const start = performance.now();
    const stores = tableNames.filter((name) => db.objectStoreNames.contains(name));
    const transaction = db.transaction(stores, 'readonly');
    const counts = await Promise.all(
      stores.map((name) => readStoreInPages(transaction.objectStore(name))),
    );
    return { ms: performance.now() - start, count: counts.reduce((sum, count) => sum + count, 0) };
  } finally {
    db.close();
  }
}

/**
 * The floor of a restore: every row of the seeded database (read beforehand, not timed) put into
 * an empty database of the same schema and indexes, in one strict-durability transaction.
 */
export async function rawPutEveryTable(): Promise<Timing> {
  const source = await openDatabase(databaseName);
  const stores = tableNames.filter((name) => source.objectStoreNames.contains(name));
  const rows = new Map<string, unknown[]>();
  try {
    const reading = source.transaction(stores, 'readonly');
    for (const name of stores)
      rows.set(name, await requestResult(reading.objectStore(name).getAll()));
  } finally {
    source.close();
  }
  const scratch = createRegiaDatabase('regia-bench-put-floor');
  await openRegiaDatabase(scratch);
  try {
    const start = performance.now();
    const writing = scratch.backendDB().transaction(stores, 'readwrite', { durability: 'strict' });
    let count = 0;
    for (const name of stores) {
      const store = writing.objectStore(name);
      for (const row of rows.get(name) ?? []) store.add(row);
      count += rows.get(name)?.length ?? 0;
    }
    await transactionDone(writing);
    return { ms: performance.now() - start, count };
  } finally {
    await scratch.delete();
  }
}
