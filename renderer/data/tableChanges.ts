import Dexie, { type ObservabilitySet } from 'dexie';

/** Committed transactions seen per `database/table` since counting started. */
const changes = new Map<string, number>();
const listeners = new Set<() => void>();
let counting = false;

/** `database/table` of a part Dexie reports as mutated: `idb://<database>/<table>/<index>`. */
function tableOfPart(part: string): string | null {
  if (!part.startsWith('idb://')) return null;
  const path = part.slice('idb://'.length);
  const table = path.slice(0, path.lastIndexOf('/'));
  return table.includes('/') ? table : null;
}

function recordChanges(parts: ObservabilitySet): void {
  // One transaction counts once per table, however many of its indexes it touched.
  const tables = new Set(Object.keys(parts).flatMap((part) => tableOfPart(part) ?? []));
  if (tables.size === 0) return;
  for (const table of tables) changes.set(table, (changes.get(table) ?? 0) + 1);
  for (const listener of listeners) listener();
}

/**
 * Starts counting the committed changes of every table, in this window and others (once per
 * page): a figure read at one count stays true while the count of its tables is the same.
 */
export function countTableChanges(): void {
  if (counting) return;
  counting = true;
  Dexie.on('storagemutated', recordChanges);
}

/** How many committed transactions changed any of the tables since counting started. */
export function tablesVersion(databaseName: string, tables: readonly string[]): number {
  return tables.reduce((sum, table) => sum + (changes.get(`${databaseName}/${table}`) ?? 0), 0);
}

/** Calls `listener` after every counted change; returns the function that stops it. */
export function onTableChange(listener: () => void): () => void {
  countTableChanges();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
