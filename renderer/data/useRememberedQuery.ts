import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { TableName } from '../../shared/domain';
import type { RegiaDatabase } from '../db';
import { countTableChanges, onTableChange, tablesVersion } from './tableChanges';

/** One query's result (or its read in progress), with its inputs and its tables' count. */
type Remembered<V> = { key: string; version: number; value: V };

/** The last result of one query, and the read in progress, if any. */
export type QueryMemory<T> = {
  last: Remembered<T> | null;
  reading: Remembered<Promise<T>> | null;
};

/** A place that keeps one query's last result for the whole session, across page openings. */
export function queryMemory<T>(): QueryMemory<T> {
  return { last: null, reading: null };
}

/**
 * Reads a query into `memory`, or joins the read of the same inputs already in progress while no
 * table changed: start-up begins the overview's read before React draws the page, and the page
 * then waits for that read instead of starting another.
 */
export function readIntoMemory<T>(
  memory: QueryMemory<T>,
  db: RegiaDatabase,
  tables: readonly TableName[],
  key: string,
  query: () => Promise<T>,
): Promise<T> {
  countTableChanges();
  // Counted before reading: a change committed during the read makes the result stale.
  const version = tablesVersion(db.name, tables);
  const reading = memory.reading;
  if (reading !== null && reading.key === key && reading.version === version) return reading.value;
  const value = query();
  const current = { key, version, value };
  memory.reading = current;
  const done = (): void => {
    if (memory.reading === current) memory.reading = null;
  };
  value.then((result) => {
    memory.last = { key, version, value: result };
    done();
  }, done);
  return value;
}

/** The remembered result when it was read with these inputs and no table changed since. */
export function freshResult<T>(
  memory: QueryMemory<T>,
  key: string,
  version: number,
): T | undefined {
  const last = memory.last;
  return last !== null && last.key === key && last.version === version ? last.value : undefined;
}

/**
 * Runs a query and remembers its result in `memory`: opened again with the same `key` (its
 * inputs) while none of its tables has changed, the page shows the result at once instead of
 * reading it again. A change to a table reads it again, the last result shown meanwhile.
 * A null query waits (e.g. for a more urgent read), though a fresh remembered result shows.
 */
export function useRememberedQuery<T>(
  memory: QueryMemory<T>,
  db: RegiaDatabase,
  tables: readonly TableName[],
  key: string,
  query: (() => Promise<T>) | null,
): T | undefined {
  const version = useSyncExternalStore(
    onTableChange,
    useCallback(() => tablesVersion(db.name, tables), [db, tables]),
  );
  const fresh = freshResult(memory, key, version);
  const [shown, setShown] = useState<T | undefined>(fresh);
  const waiting = query === null;
  const needed = fresh === undefined;
  useEffect(() => {
    if (!needed || query === null) return;
    let current = true;
    readIntoMemory(memory, db, tables, key, query).then(
      (value) => {
        if (current) setShown(() => value);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
    // The query closes over the inputs that `key` names; the key and the version rerun it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version, needed, waiting]);
  return fresh ?? shown;
}
