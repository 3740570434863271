import { sameFieldValue, type AuditEntry } from '../domain';

/** The tables a map import writes to. */
export const mapImportTables = ['organizations', 'memberships', 'relationships'] as const;
export type MapImportTable = (typeof mapImportTables)[number];

/** One write of a map import as the audit log recorded it under the import's batch id. */
export type MapImportWrite = Pick<
  AuditEntry,
  'table' | 'recordId' | 'operation' | 'before' | 'after'
>;

/** What undoing a map import does to one record: put fields back, or archive it again. */
export type MapUndoStep =
  | { kind: 'archive'; table: MapImportTable; recordId: string }
  | {
      kind: 'restoreFields';
      table: MapImportTable;
      recordId: string;
      patch: Record<string, unknown>;
    };

/** A field the undo leaves alone because someone changed it again after the import. */
export type MapUndoKept = { table: MapImportTable; recordId: string; field: string };

// Kept by the repository on every write (meta) or derived from other fields (search words).
const fieldsNeverRestored = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'rev',
  'archivedAt',
  'searchWords',
]);

const isMapTable = (table: string): table is MapImportTable =>
  (mapImportTables as readonly string[]).includes(table);

const fieldsOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? { ...value } : {};

/**
 * How to undo a map import from what the audit log holds of it: records it created or brought
 * back from the archive are archived (so the map shows exactly the nodes and edges it showed
 * before), fields it changed go back to their value before the import unless someone changed
 * them again since. Planned against the records as they are now, so undoing twice does nothing
 * the second time.
 */
export function planMapImportUndo(
  writes: readonly MapImportWrite[],
  currentRecord: (table: MapImportTable, id: string) => object | undefined,
): { steps: MapUndoStep[]; kept: MapUndoKept[] } {
  const archived = new Map<string, MapUndoStep & { kind: 'archive' }>();
  const patches = new Map<string, MapUndoStep & { kind: 'restoreFields' }>();
  const kept: MapUndoKept[] = [];
  for (const write of [...writes].reverse()) {
    const { table, recordId } = write;
    if (!isMapTable(table)) continue;
    const current = currentRecord(table, recordId);
    if (!current) continue;
    const key = `${table}:${recordId}`;
    if (write.operation === 'create' || write.operation === 'restore') {
      if (fieldsOf(current).archivedAt === null)
        archived.set(key, { kind: 'archive', table, recordId });
      continue;
    }
    if (write.operation !== 'update') continue;
    const before = fieldsOf(write.before);
    const now = fieldsOf(current);
    for (const [field, after] of Object.entries(fieldsOf(write.after))) {
      // Already back to its value before the import (undone before): nothing to do, nothing kept.
      if (fieldsNeverRestored.has(field) || sameFieldValue(now[field], before[field])) continue;
      if (!sameFieldValue(now[field], after)) {
        kept.push({ table, recordId, field });
        continue;
      }
      const step = patches.get(key) ?? { kind: 'restoreFields', table, recordId, patch: {} };
      step.patch[field] = before[field] ?? null;
      patches.set(key, step);
    }
  }
  return { steps: [...patches.values(), ...archived.values()], kept };
}
