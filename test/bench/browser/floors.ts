import * as XLSX from 'xlsx';
import { createRegiaDatabase, databaseName, openRegiaDatabase } from '../../../renderer/db';
import type { ActionsQuery, Timing } from '../benchApi';

const scratchDatabase = 'regia-bench-floor';
const scratchStore = 'rows';

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a raw IndexedDB transaction commits. */
export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
  });
}

/** Opens a database with the raw IndexedDB API, creating its stores when `create` is given. */
export function openDatabase(
  name: string,
  create?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  const request = create ? indexedDB.open(name, 1) : indexedDB.open(name);
  if (create) request.onupgradeneeded = () => create(request.result);
  return requestResult(request);
}

const workbooks = new Map<string, Uint8Array>();

/** SheetJS parse plus `sheet_to_json` of a workbook the runner sent once as base64. */
export function sheetjsRead(key: string, base64: string | null): Promise<Timing> {
  if (base64 !== null)
    workbooks.set(
      key,
      Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
    );
  const bytes = workbooks.get(key);
  if (!bytes) throw new Error(`No workbook "${key}" was sent to the bench page.`);
  const start = performance.now();
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: true });
  const [firstSheet] = workbook.SheetNames;
  const sheet = firstSheet === undefined ? undefined : workbook.Sheets[firstSheet];
  if (!sheet) throw new Error(`Workbook "${key}" has no sheet.`);
  const rows = XLSX.utils.sheet_to_json(sheet);
  return Promise.resolve({ ms: performance.now() - start, count: rows.length });
}

/** Keeps a workbook the page built itself, for a floor that reads the very same file. */
export function rememberWorkbook(key: string, bytes: Uint8Array): void {
  workbooks.set(key, bytes);
}

/** SheetJS parse plus `sheet_to_json` of every sheet of a workbook the page keeps. */
export function sheetjsReadWorkbook(key: string): Promise<Timing> {
  const bytes = workbooks.get(key);
  if (!bytes) throw new Error(`No workbook "${key}" is kept in the bench page.`);
  const start = performance.now();
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: true });
  let count = 0;
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (sheet) count += XLSX.utils.sheet_to_json(sheet).length;
  }
  return Promise.resolve({ ms: performance.now() - start, count });
}

let actionRows: unknown[] = [];

/**
 * The floor of any import: `count` complete action rows put into an empty object store in one
 * strict-durability transaction (the durability the app's own database uses), nothing else.
 */
export async function rawIndexedDbPut(count: number): Promise<Timing> {
  if (actionRows.length !== count) {
    const source = await openDatabase(databaseName);
    const read = source.transaction('actions', 'readonly').objectStore('actions');
    actionRows = await requestResult(read.getAll(null, count));
    source.close();
  }
  const db = await openDatabase(scratchDatabase, (created) =>
    created.createObjectStore(scratchStore, { keyPath: 'id' }),
  );
  try {
    const clearing = db.transaction(scratchStore, 'readwrite');
    clearing.objectStore(scratchStore).clear();
    await transactionDone(clearing);
    const start = performance.now();
    const writing = db.transaction(scratchStore, 'readwrite', { durability: 'strict' });
    const store = writing.objectStore(scratchStore);
    for (const row of actionRows) store.put(row);
    await transactionDone(writing);
    return { ms: performance.now() - start, count: actionRows.length };
  } finally {
    db.close();
  }
}

type ActionFields = { networkId: string; status: string; archivedAt: string | null };

function isActionFields(value: unknown): value is ActionFields {
  return typeof value === 'object' && value !== null && 'networkId' in value && 'status' in value;
}

/** The floor of a filter without an index: one cursor over every action, matching in JavaScript. */
export async function cursorScan(query: ActionsQuery): Promise<Timing> {
  const db = await openDatabase(databaseName);
  try {
    const start = performance.now();
    const matches: unknown[] = [];
    const transaction = db.transaction('actions', 'readonly');
    const request = transaction.objectStore('actions').openCursor();
    await new Promise<void>((resolve, reject) => {
      request.onerror = () => reject(request.error ?? new Error('cursor failed'));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve();
        const value: unknown = cursor.value;
        if (
          isActionFields(value) &&
          value.networkId === query.networkId &&
          (query.status === null || value.status === query.status) &&
          value.archivedAt === null
        ) {
          matches.push(value);
        }
        cursor.continue();
      };
    });
    return { ms: performance.now() - start, count: matches.length };
  } finally {
    db.close();
  }
}

/** The same selection through the app's Dexie database and its `[networkId+status]` index. */
export async function dexieIndexedQuery(query: ActionsQuery): Promise<Timing> {
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  try {
    if (query.status === null) throw new Error('The indexed query floor needs a status.');
    const start = performance.now();
    const rows = await db.actions
      .where('[networkId+status]')
      .equals([query.networkId, query.status])
      .toArray();
    return { ms: performance.now() - start, count: rows.length };
  } finally {
    db.close();
  }
}
