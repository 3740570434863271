/** Resolves with a request's result, or rejects with its error. */
function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Waits for work outside IndexedDB without letting the transaction commit: a cheap read is kept
 * pending meanwhile, and the wait resolves from that read's callback, so the caller may place its
 * next requests (a transaction accepts them only while one of its callbacks runs).
 */
function waitKeepingAlive(store: IDBObjectStore, work: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let outcome: { error: Error } | 'done' | null = null;
    work.then(
      () => (outcome = 'done'),
      (error: unknown) =>
        (outcome = { error: error instanceof Error ? error : new Error(String(error)) }),
    );
    const spin = (): void => {
      if (outcome === 'done') return resolve();
      if (outcome !== null) return reject(outcome.error);
      const request = store.get(-Infinity);
      request.onsuccess = spin;
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    };
    spin();
  });
}

/** What reading pages asks of its consumer. */
export type PageConsumer = {
  /** Called first, with the number of rows of every store, before any page. */
  begin(counts: number[]): void;
  /** Called once per store, before its pages. */
  store(name: string, count: number): void;
  /** Takes one page of rows; a promise it returns is waited for before the next page is taken. */
  page(rows: unknown[]): Promise<void> | null;
};

/**
 * Reads every row of the given stores in one read-only transaction (a consistent snapshot), in
 * primary-key order, `pageRows` rows per `getAll`: several times faster than a cursor, which
 * crosses to the storage process once per row. The next page is asked for before the consumer
 * handles the current one, so reading and the consumer's work overlap.
 */
export async function readStoresInPages(
  database: IDBDatabase,
  storeNames: readonly string[],
  pageRows: number,
  consumer: PageConsumer,
): Promise<void> {
  const transaction = database.transaction([...storeNames], 'readonly');
  const finished = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB read aborted'));
  });
  // Rejections of the requests come back through their own promises, awaited below.
  finished.catch(() => undefined);
  try {
    const stores = storeNames.map((name) => transaction.objectStore(name));
    const counts = await Promise.all(stores.map((store) => requestResult(store.count())));
    consumer.begin(counts);
    for (const [index, store] of stores.entries()) {
      consumer.store(store.name, counts[index] ?? 0);
      let page = await requestResult(store.getAll(null, pageRows));
      for (;;) {
        const next =
          page.length < pageRows
            ? null
            : requestResult(
                store.getAll(IDBKeyRange.lowerBound(lastKeyOf(page, store), true), pageRows),
              );
        const waiting = consumer.page(page);
        if (waiting) await waitKeepingAlive(store, waiting);
        if (!next) break;
        page = await next;
      }
    }
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already finished: nothing to abort.
    }
    throw error;
  }
  await finished;
}

/** The primary key of a page's last row, where the next page starts. */
function lastKeyOf(page: unknown[], store: IDBObjectStore): IDBValidKey {
  const last = page[page.length - 1];
  const key: unknown =
    typeof store.keyPath === 'string' && typeof last === 'object' && last !== null
      ? Reflect.get(last, store.keyPath)
      : undefined;
  // Every store of Regia is keyed by a string field (an id, a setting's key).
  if (typeof key !== 'string' && typeof key !== 'number') {
    throw new Error(`The rows of ${store.name} have no key to read them by pages.`);
  }
  return key;
}
