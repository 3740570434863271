import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { TableName } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';

/**
 * A number that grows each time a transaction that changed one of the tables commits (in this
 * window or another). Cheaper than a live query for results of tens of thousands of rows: a
 * live query records every key it returned to know when to run again, this listens only.
 */
export function useTableVersion(db: RegiaDatabase, tables: readonly TableName[]): number {
  const [version, setVersion] = useState(0);
  const tableKey = tables.join(',');
  useEffect(() => {
    const prefixes = tableKey.split(',').map((table) => `idb://${db.name}/${table}/`);
    const listener = (parts: ObservabilitySet): void => {
      if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) {
        setVersion((current) => current + 1);
      }
    };
    Dexie.on('storagemutated', listener);
    return () => Dexie.on.storagemutated.unsubscribe(listener);
  }, [db, tableKey]);
  return version;
}

/**
 * Runs a query and runs it again when its inputs change or one of its tables changes; the last
 * result stays shown while the next one is read. Undefined until the first result.
 */
export function useTableQuery<T>(
  db: RegiaDatabase,
  tables: readonly TableName[],
  query: () => Promise<T>,
  inputs: readonly unknown[],
): T | undefined {
  const version = useTableVersion(db, tables);
  const [result, setResult] = useState<T>();
  useEffect(() => {
    let current = true;
    query().then(
      (value) => {
        if (current) setResult(() => value);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
    // The query closes over `inputs`; listing them (and the version) is what reruns it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, ...inputs]);
  return result;
}
